<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/credit/programs_screen.py" line="+29"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}、{line} 行目：{problem}</translation>
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
        <translation>左の一覧から申込を選ぶか、新しい申込を作成してください。</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>&amp;Facts</source>
        <translation>申込内容(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;indings</source>
        <translation>審査項目(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum</source>
        <translation>融資上限額(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dossier</source>
        <translation>与信ファイル(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;cision</source>
        <translation>審査・決定(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After &amp;approval</source>
        <translation>承認後(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Rule from</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Limit</source>
        <translation>上限の種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is worked out</source>
        <translation>算出方法</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Document and why it is needed</source>
        <translation>書類と必要な理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original / copy</source>
        <translation>原本／写し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certified by</source>
        <translation>原本証明者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+287"/>
        <source>Returned</source>
        <translation>返却済み</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>&amp;Record document…</source>
        <translation>書類を記録(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move document</source>
        <translation>書類を削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;inventory</source>
        <translation>書類目録を印刷(&amp;I)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks and decision</source>
        <translation>審査と決定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Submit</source>
        <translation>提出(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;review…</source>
        <translation>セキュリティ審査(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>否決(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear…</source>
        <translation>確認・承認(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Veto…</source>
        <translation>拒否権を行使(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign refusal &amp;notice</source>
        <translation>否決通知に署名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn documents…</source>
        <translation>書類を返却(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File in r&amp;efusals</source>
        <translation>否決分として保管(&amp;E)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>手続</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What must follow</source>
        <translation>承認後の手続</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done…</source>
        <translation>完了を記録(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover</source>
        <translation>保険種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>保険証券番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insurer</source>
        <translation>保険会社</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum insured</source>
        <translation>保険金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until</source>
        <translation>払込済期間の末日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank beneficiary</source>
        <translation>銀行が受取人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proof received</source>
        <translation>払込証明の受領日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;policy…</source>
        <translation>保険証券を記録(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print repayment &amp;schedule</source>
        <translation>返済予定表を印刷(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insurance policies</source>
        <translation>保険証券</translation>
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
        <translation>申込は提出済みです。申込内容は銀行が審査したときのまま確定しており、変更できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not prepare applications.</source>
        <translation>あなたの役割では申込を作成できません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{failed} failed, {attention} need attention, {passed} passed.</source>
        <translation>不適合 {failed} 件、要確認 {attention} 件、適合 {passed} 件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;The maximum cannot be worked out yet.&lt;/b&gt; Requested: {requested}.</source>
        <translation>&lt;b&gt;融資上限額はまだ算出できません。&lt;/b&gt;申込額：{requested}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Maximum: {maximum}&lt;/b&gt;, limited by “{cap}”.&lt;br&gt;Requested: {requested} — </source>
        <translation>&lt;b&gt;融資上限額：{maximum}&lt;/b&gt;（「{cap}」による上限）。&lt;br&gt;申込額：{requested} — </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;above the maximum&lt;/b&gt;; lower it before submitting.</source>
        <translation>&lt;b&gt;上限額を超えています&lt;/b&gt;。提出前に減額してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within the maximum.</source>
        <translation>上限額の範囲内です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{cap} — binds</source>
        <translation>{cap} — 適用される上限</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{why} (if the applicant has one)</source>
        <translation>{why}（申込者が保有している場合）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The dossier is not complete: {missing} missing, {other} to correct. It cannot be submitted until it is.</source>
        <translation>与信ファイルが不完全です：不足 {missing} 件、要補正 {other} 件。揃うまで提出できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dossier is complete.</source>
        <translation>与信ファイルは揃っています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Not brought</source>
        <translation>未提出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, {position}, {date}</source>
        <translation>{name}、{position}、{date}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation>&lt;b&gt;状態：&lt;/b&gt;{status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision deadline: counted once the application reaches the decision centre.</source>
        <translation>決定期限：申込が審査センターに届いた時点から起算します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the end of {date} ({zone})</source>
        <translation>{date} 終業まで（{zone}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision due by {due} — {state}.
{explanation}</source>
        <translation>決定期限 {due} — {state}。
{explanation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>External checks back by {due}.
{explanation}</source>
        <translation>外部照会の回答期限 {due}。
{explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External checks: due from the submission.</source>
        <translation>外部照会：期限は提出時から起算します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program has no branch security check.</source>
        <translation>この商品には支店のセキュリティ審査がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay-out not before {when}.</source>
        <translation>融資実行は {when} 以降。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay-out: no waiting.</source>
        <translation>融資実行：待機不要。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview with the borrower required before clearance.</source>
        <translation>最終確認の前に借主との面談が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interview required.</source>
        <translation>面談は不要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{head} USD equivalent {usd}.
{explanation}</source>
        <translation>{head} USD 換算 {usd}。
{explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview: {problem}</source>
        <translation>面談：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interview rule in this program.</source>
        <translation>この商品には面談の規定がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security officer&apos;s opinion: {opinion}. {note}</source>
        <translation>セキュリティ担当の意見：{opinion}。{note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved: {amount} for {term} months at {rate} % a year. {conditions}</source>
        <translation>承認：{amount}、{term} か月、年利 {rate} %。{conditions}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vetoed: {reason}. {note}</source>
        <translation>拒否権行使：{reason}。{note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {reason}</source>
        <translation>否決：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed {when}.</source>
        <translation>否決通知に署名済み（{when}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision yet.</source>
        <translation>審査結果はまだ出ていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing for your role to do on this application now.</source>
        <translation>この申込について、あなたの役割で現在行う作業はありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What must follow approval (dealer papers, insurance, agreements, handover, registration) is listed here once the application is approved.</source>
        <translation>承認後の手続（販売店の書類、保険、契約書、納車、登録）は、申込が承認されるとここに表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open} of {total} items still to do.</source>
        <translation>全 {total} 項目中 {open} 項目が未完了です。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewals due:</source>
        <translation>更新期限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• {cover} {number}: {state} by {due} — {explanation}</source>
        <translation>• {cover} {number}：{state}（期限 {due}）— {explanation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No renewals due (each period is paid 30 days before the paid one ends).</source>
        <translation>更新期限の到来はありません（各期分は払込済期間の終了30日前までに支払います）。</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../desktop/ui/credit/applications_screen.py" line="+36"/>
        <source>Open applications</source>
        <translation>審査中の申込</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusals file</source>
        <translation>否決分ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due</source>
        <translation>決定期限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New application…</source>
        <translation>新規申込(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
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
申込額 {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} applications · {today} due today · {late} late</source>
        <translation>申込 {count} 件 · 本日期限 {today} 件 · 期限超過 {late} 件</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+194"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested {requested}; the maximum is {maximum} ({cap}).</source>
        <translation>申込額 {requested}。融資上限額は {maximum}（{cap}）です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested {requested}.</source>
        <translation>申込額 {requested}。</translation>
    </message>
</context>
<context>
    <name>AuctionChart</name>
    <message>
        <location filename="../../desktop/ui/settlements/auction_chart.py" line="+28"/>
        <source>Creditors receive</source>
        <translation>債権者の受領額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller still owes</source>
        <translation>売主の残債</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Voluntary sale</source>
        <translation>任意売却</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court auction</source>
        <translation>競売</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../desktop/ui/access/audit_screen.py" line="+25"/>
        <source>e.g. customer. or user.sign_in</source>
        <translation>例: customer. または user.sign_in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the chain</source>
        <translation>チェーンを検証(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Action starts with</source>
        <translation>操作名（前方一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From — to</source>
        <translation>期間（開始 — 終了）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;操作履歴&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The chain is whole: {rows} entries checked.</source>
        <translation>チェーンは完全です：{rows} 件を検証しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain is broken at entry {seq}: the trail was altered there.</source>
        <translation>No.{seq} でチェーンが途切れています：この箇所で履歴が改ざんされています。</translation>
    </message>
</context>
<context>
    <name>BalanceRail</name>
    <message>
        <location filename="../../desktop/ui/settlements/balance_rail.py" line="+32"/>
        <source>&lt;b&gt;Balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;収支&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <location line="+56"/>
        <source>Seller&apos;s net proceeds</source>
        <translation>売主の手取額</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Money in</source>
        <translation>入金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>出金</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No deal on show.</source>
        <translation>表示中の取引はありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FINAL</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DRAFT</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {version} — {status}</source>
        <translation>第{version}版 — {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As typed, not saved yet</source>
        <translation>入力中（未保存）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As typed, not settled: {problem}</source>
        <translation>入力中（精算未完了）：{problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not settled yet</source>
        <translation>未精算</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balanced</source>
        <translation>収支一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overage</source>
        <translation>過剰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortage</source>
        <translation>不足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state}: {amount}</source>
        <translation>{state}：{amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seller&apos;s shortfall</source>
        <translation>売主の不足額</translation>
    </message>
</context>
<context>
    <name>CreditApproveDialog</name>
    <message>
        <location filename="../../forms/credit_approve.ui" line="+5"/>
        <source>Approve the application</source>
        <translation>申込の承認</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Amount approved</source>
        <translation>承認額(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term, months</source>
        <translation>返済期間（か月）(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual &amp;rate, %</source>
        <translation>年利（%）(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Conditions</source>
        <translation>承認条件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreditDayDialog</name>
    <message>
        <location filename="../../forms/credit_day.ui" line="+5"/>
        <source>Mark done</source>
        <translation>完了を記録</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Done on</source>
        <translation>完了日(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>備考(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;dealer registered the car</source>
        <translation>販売店が車両の登録を完了(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CreditDocumentDialog</name>
    <message>
        <location filename="../../forms/credit_document.ui" line="+5"/>
        <source>Record a dossier document</source>
        <translation>与信ファイルの書類を記録</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Received on</source>
        <translation>受領日(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Original or copy</source>
        <translation>原本／写し(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pages</source>
        <translation>ページ数(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages the document &amp;has</source>
        <translation>書類の総ページ数(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certified &amp;by (surname, initials)</source>
        <translation>原本証明者（姓・イニシャル）(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a copy marked «копия верна»</source>
        <translation>「копия верна」（原本証明）のある写しのみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certifier&apos;s p&amp;osition</source>
        <translation>原本証明者の役職(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certified o&amp;n</source>
        <translation>原本証明日(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issued on</source>
        <translation>発行日(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Valid until</source>
        <translation>有効期限(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: worked out by the program where it has a rule</source>
        <translation>空欄の場合、規定のある商品では自動で算出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;turned on</source>
        <translation>返却日(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ote</source>
        <translation>備考(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CreditFactsForm</name>
    <message>
        <location filename="../../forms/credit_facts.ui" line="+9"/>
        <source>Applicant</source>
        <translation>申込者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of &amp;birth</source>
        <translation>生年月日(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;x</source>
        <translation>性別(&amp;X)</translation>
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
        <translation>常住登録地（地域）(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residence certificate region</source>
        <translation>居住証明の地域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Employment</source>
        <translation>就業形態(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Civil servant</source>
        <translation>公務員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment, months</source>
        <translation>通算勤続期間（か月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+73"/>
        <location line="+77"/>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Current employer, months</source>
        <translation>現勤務先の勤続期間（か月）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month &amp;1</source>
        <translation>手取り収入（1か月目）(&amp;1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month 2</source>
        <translation>手取り収入（2か月目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month 3</source>
        <translation>手取り収入（3か月目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debts (customer&apos;s file)</source>
        <translation>既存債務（顧客ファイルより）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delays over 30 days</source>
        <translation>30日超の延滞回数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under investigation</source>
        <translation>捜査・公判中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driving licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instead of a licence</source>
        <translation>運転免許証に代わる書類</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spouse</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Marital status</source>
        <translation>婚姻状況(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s role</source>
        <translation>配偶者の関与</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse meets the borrower rules</source>
        <translation>配偶者が借主の要件を満たす</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 1</source>
        <translation>配偶者の手取り収入（1か月目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 2</source>
        <translation>配偶者の手取り収入（2か月目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 3</source>
        <translation>配偶者の手取り収入（3か月目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s fund balance</source>
        <translation>配偶者の公积金残高</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loan also draws on the spouse&apos;s fund</source>
        <translation>配偶者の公积金も融資額の算定に含める</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provident fund</source>
        <translation>住宅積立金（公积金）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fund account balance</source>
        <translation>公积金口座残高</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contributions paid in full and on time</source>
        <translation>全額・期限どおりに納付済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has an unrepaid provident loan</source>
        <translation>返済中の公积金ローンあり</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantor of someone&apos;s provident loan</source>
        <translation>他人の公积金ローンの保証人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods overdue on a past loan</source>
        <translation>過去のローンの延滞期数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request</source>
        <translation>申込条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purpose</source>
        <translation>資金使途(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contract date</source>
        <translation>契約日(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount requested</source>
        <translation>申込額(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term, months</source>
        <translation>返済期間（か月）(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual &amp;rate, %</source>
        <translation>年利（%）(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repayment</source>
        <translation>返済方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;ice</source>
        <translation>価格(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Down payment</source>
        <translation>頭金(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insurance paid from the loan</source>
        <translation>融資に含める保険料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rate: currency</source>
        <translation>為替レート：通貨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central-bank rate</source>
        <translation>中央銀行レート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units of the program&apos;s currency for one</source>
        <translation>1単位あたりの商品通貨額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate of (date)</source>
        <translation>レート基準日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch region</source>
        <translation>支店の地域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model &amp;year</source>
        <translation>年式(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never in service</source>
        <translation>使用歴なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made here or imported by a company</source>
        <translation>国内製造または法人による輸入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ever registered</source>
        <translation>登録歴あり</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sold by a partner dealer</source>
        <translation>提携販売店による販売</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roadworthy</source>
        <translation>技術的に良好で使用可能</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;llateral</source>
        <translation>担保(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floor area, m²</source>
        <translation>床面積（m²）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appraisal of the home</source>
        <translation>住宅の評価額</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Securities pledged (face value)</source>
        <translation>質入れ有価証券（額面）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantor&apos;s fund balance</source>
        <translation>保証人の公积金残高</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commercial loan converted (original)</source>
        <translation>借換え対象の商業ローン（当初借入額）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-hand home</source>
        <translation>中古住宅</translation>
    </message>
</context>
<context>
    <name>CreditNewApplicationDialog</name>
    <message>
        <location filename="../../forms/credit_new_application.ui" line="+5"/>
        <source>New credit application</source>
        <translation>新規融資申込</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The applicant&apos;s facts are taken from the customer&apos;s file; check and complete them on the Facts tab.</source>
        <translation>申込者の情報は顧客ファイルから取り込まれます。「申込内容」タブで確認し、不足を補ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find customer</source>
        <translation>顧客を検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone or document number</source>
        <translation>氏名、電話番号または書類番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customer</source>
        <translation>顧客(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Program</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contract &amp;date</source>
        <translation>契約日(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount requested</source>
        <translation>申込額(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../forms/credit_note.ui" line="+5"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Opinion</source>
        <translation>意見(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>備考(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CreditPolicyDialog</name>
    <message>
        <location filename="../../forms/credit_policy.ui" line="+5"/>
        <source>Record an insurance policy</source>
        <translation>保険証券を記録</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cover</source>
        <translation>保険種類(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &amp;number</source>
        <translation>保険証券番号(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insurer</source>
        <translation>保険会社(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sum insured</source>
        <translation>保険金額(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period &amp;starts</source>
        <translation>保険期間の始期(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid &amp;until</source>
        <translation>払込済期間の末日(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid &amp;on</source>
        <translation>払込日(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;bank is the beneficiary</source>
        <translation>銀行が保険金受取人(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Proof received on</source>
        <translation>払込証明の受領日(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ote</source>
        <translation>備考(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CreditProgramTextDialog</name>
    <message>
        <location filename="../../forms/credit_program_text.ui" line="+5"/>
        <source>Edit lending program</source>
        <translation>融資商品の編集</translation>
    </message>
</context>
<context>
    <name>CreditReturnDialog</name>
    <message>
        <location filename="../../forms/credit_return.ui" line="+5"/>
        <source>Return documents to the applicant</source>
        <translation>申込者への書類返却</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Documents</source>
        <translation>書類(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../desktop/ui/customers/customer_detail.py" line="+30"/>
        <source>Choose a customer from the list, or create a new one.</source>
        <translation>一覧から顧客を選ぶか、新規顧客を登録してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net monthly income</source>
        <translation>月収（手取り）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>物件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner of record</source>
        <translation>登録上の所有者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;vehicle…</source>
        <translation>車両を追加(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add p&amp;roperty…</source>
        <translation>不動産を追加(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars and homes</source>
        <translation>車両・不動産</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lender</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>担保物件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>借入元金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;loan…</source>
        <translation>ローンを追加(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record pa&amp;yment…</source>
        <translation>返済を記録(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payoff…</source>
        <translation>一括返済(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans</source>
        <translation>ローン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal &amp;copy…</source>
        <translation>本人開示用写し(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held on this customer, as a PDF and as JSON</source>
        <translation>この顧客について保有する全情報（PDF・JSON形式）</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly payment</source>
        <translation>月々の返済額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>利用限度額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At this bank</source>
        <translation>当行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale and financing of a vehicle or property</source>
        <translation>車両・不動産の売却および融資</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Obligation {number}: {problem}</source>
        <translation>債務 {number}：{problem}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the same identity document</source>
        <translation>同じ本人確認書類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same phone number</source>
        <translation>同じ電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name and date of birth</source>
        <translation>同じ氏名・生年月日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer may already be on file:</source>
        <translation>この顧客はすでに登録されている可能性があります：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a new customer</source>
        <translation>新規顧客として保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../forms/customer_intake.ui" line="+6"/>
        <source>New customer</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Identity</source>
        <translation>本人情報</translation>
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
        <translation>フリガナ(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Furigana or Latin spelling</source>
        <translation>フリガナまたはローマ字表記</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of &amp;birth</source>
        <translation>生年月日(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sex</source>
        <translation>性別(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Citizenship</source>
        <translation>国籍(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language of documents</source>
        <translation>書類の言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity &amp;document</source>
        <translation>本人確認書類(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document &amp;number</source>
        <translation>書類番号(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document &amp;issued on</source>
        <translation>書類の発行日(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region of registration</source>
        <translation>住民登録地(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work and income</source>
        <translation>勤務先・収入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;mployer</source>
        <translation>勤務先(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;osition</source>
        <translation>役職(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this employer &amp;since</source>
        <translation>現勤務先の入社日(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Total employment (months)</source>
        <translation>通算勤続期間（月数）(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Net monthly &amp;income</source>
        <translation>月収（手取り）(&amp;I)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Existing obligations (loans, guarantees given, overdraft limits)</source>
        <translation>既存の債務（借入、保証債務、当座貸越枠）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add obligation</source>
        <translation>債務を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove obligation</source>
        <translation>債務を削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal data is kept only with the customer&apos;s signed consent. Enter the date the customer signed the consent form and its purpose.</source>
        <translation>個人情報は顧客の署名済み同意書がある場合に限り保管します。同意書の署名日と利用目的を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;signed on</source>
        <translation>同意書の署名日(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;urpose</source>
        <translation>利用目的(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed &amp;form no.</source>
        <translation>同意書番号(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number on the signed form, or its scan&apos;s reference</source>
        <translation>署名済み同意書の番号、またはスキャンデータの参照番号</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop/ui/customers/customers_screen.py" line="+18"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>本人確認書類</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location line="+36"/>
        <source>Search by name, reading, phone or document number</source>
        <translation>氏名、フリガナ、電話番号、書類番号で検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New customer…</source>
        <translation>新規顧客(&amp;N)…</translation>
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
        <translation>納車済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>完了を記録(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location line="-239"/>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
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
        <translation>残債精算見積書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview, print or save…</source>
        <translation>プレビュー・印刷・保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify against the register</source>
        <translation>台帳と照合(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;Documents issued&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;発行済み書類&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The stored file matches its registered SHA-256.</source>
        <translation>保存ファイルは登録済みの SHA-256 と一致しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored file does NOT match its registered SHA-256.</source>
        <translation>保存ファイルが登録済みの SHA-256 と一致しません。</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <location filename="../../desktop/ui/credit/facts_form.py" line="+50"/>
        <source>&amp;Save facts</source>
        <translation>申込内容を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>— not recorded —</source>
        <translation>— 未記録 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— none —</source>
        <translation>— なし —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not chosen —</source>
        <translation>— 未選択 —</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>None on file</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{creditor}: overdraft limit {limit}</source>
        <translation>{creditor}：当座貸越枠 {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{creditor}: guarantee, {payment} a month</source>
        <translation>{creditor}：保証債務、月 {payment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{creditor}: loan, {payment} a month</source>
        <translation>{creditor}：借入、月 {payment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (at this bank)</source>
        <translation>（当行）</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="+86"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator.ui" line="+5"/>
        <source>Create the administrator</source>
        <translation>管理者の作成</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One word, e.g. admin</source>
        <translation>空白なしで入力（例: admin）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat the password</source>
        <translation>パスワード（確認）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <location filename="../../desktop/ui/lenders/lender_dialog.py" line="+26"/>
        <location filename="../../forms/lender.ui" line="+5"/>
        <source>Lender</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <location filename="../../forms/lender.ui" line="+13"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country</source>
        <translation>国(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JP, RU, CN…</source>
        <translation>JP、RU、CN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payoff &amp;requests by</source>
        <translation>残債照会の方法(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax, portal, phone…</source>
        <translation>FAX、ポータル、電話…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release &amp;documents</source>
        <translation>抹消・解除書類(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line</source>
        <translation>1行に1件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual release &amp;time (days)</source>
        <translation>通常の書類発送日数(&amp;T)</translation>
    </message>
</context>
<context>
    <name>LenderQuoteDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/lender_quote_dialog.py" line="+19"/>
        <source>Payoff letter for {account}</source>
        <translation>{account} の残債証明書</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <location filename="../../forms/lender_quote.ui" line="+5"/>
        <source>Lender payoff letter</source>
        <translation>金融機関の残債証明書</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reference</source>
        <translation>証明書番号(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number on the lender&apos;s letter</source>
        <translation>金融機関の証明書に記載の番号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payoff &amp;amount</source>
        <translation>一括返済額(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Good through</source>
        <translation>有効期限(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Per diem</source>
        <translation>日割利息(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added for each day after the good-through date</source>
        <translation>有効期限の翌日以降、1日ごとに加算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received &amp;on</source>
        <translation>受領日(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received &amp;by</source>
        <translation>受領者(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LendersScreen</name>
    <message>
        <location filename="../../desktop/ui/lenders/lenders_screen.py" line="+22"/>
        <source>Lender</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payoff requests</source>
        <translation>残債照会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release documents</source>
        <translation>抹消・解除書類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release time</source>
        <translation>書類発送日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add lender…</source>
        <translation>金融機関を追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Lenders&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;金融機関&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{days} days</source>
        <translation>{days} 日</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/loan_dialogs.py" line="+30"/>
        <source>— none —</source>
        <translation>— なし —</translation>
    </message>
    <message>
        <location filename="../../forms/loan.ui" line="+5"/>
        <source>Loan</source>
        <translation>ローン</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Lender</source>
        <translation>金融機関(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New lender…</source>
        <translation>新しい金融機関…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;asset</source>
        <translation>担保物件(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account &amp;number</source>
        <translation>契約番号(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lender&apos;s reference for this loan</source>
        <translation>金融機関が付番したこのローンの番号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Currency</source>
        <translation>通貨(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Principal</source>
        <translation>借入元金(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annual &amp;rate (%)</source>
        <translation>年利（%）(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2.4</source>
        <translation>例: 2.4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term (months)</source>
        <translation>返済期間（月数）(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repayment &amp;method</source>
        <translation>返済方法(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disbursed on</source>
        <translation>融資実行日(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due &amp;day of month</source>
        <translation>毎月の約定返済日(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Interest</source>
        <translation>利息計算(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;sidual value</source>
        <translation>残価(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residual-value loans only</source>
        <translation>残価設定ローンのみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;enalty rate (%)</source>
        <translation>遅延損害金の利率（%）(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On overdue amounts, per year</source>
        <translation>延滞額に対する年率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner of record</source>
        <translation>登録上の所有者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lender is the registered owner until paid off</source>
        <translation>完済まで金融機関が登録上の所有者（所有権留保）</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/lookup_panel.py" line="+25"/>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicles</source>
        <translation>車両</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>不動産</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Loans</source>
        <translation>ローン</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name, VIN or plate, address, account number… (Ctrl+F)</source>
        <translation>氏名、車台番号・ナンバー、住所、契約番号…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing found</source>
        <translation>該当なし</translation>
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
        <translation>融資申込</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoffs</source>
        <translation>完済・抵当権抹消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>売却・精算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenders</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending programs</source>
        <translation>融資商品</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the database…</source>
        <translation>データベースを確認しています…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>新規顧客(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check the database fully</source>
        <translation>データベースを完全に確認(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore latest backup…</source>
        <translation>最新のバックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Signed in: {name} ({role})</source>
        <translation>サインイン中: {name}（{role}）</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="-84"/>
        <source>&amp;Open application</source>
        <translation>申込を作成(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} — example, not a real lender&apos;s terms</source>
        <translation>{name} — 例示用（実在の金融機関の条件ではありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · {currency}</source>
        <translation>{name} · {currency}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} · born {born}</source>
        <translation>{name} · {born} 生</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop/ui/settlements/new_deal_dialog.py" line="+29"/>
        <source>New car sale</source>
        <translation>新規の車両売却</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New home sale</source>
        <translation>新規の住宅売却</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New voluntary sale</source>
        <translation>新規の任意売却</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sale</source>
        <translation>新規の売却</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade-in</source>
        <translation>下取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealer purchase</source>
        <translation>買取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sale</source>
        <translation>個人間売買</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, phone, plate…</source>
        <translation>氏名、電話番号、ナンバー…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer</source>
        <translation>顧客を検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (seller)</source>
        <translation>顧客（売主）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loan</source>
        <translation>ローン(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dealer or buyer</source>
        <translation>販売店または買主(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Buyer</source>
        <translation>買主(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scrivener</source>
        <translation>司法書士(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price or trade-in allowance</source>
        <translation>売却価格または下取り価格(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Price</source>
        <translation>売却価格(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed &amp;on</source>
        <translation>提案日(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of &amp;sale</source>
        <translation>売却日(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open deal</source>
        <translation>取引を開始(&amp;O)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No loan</source>
        <translation>ローンなし</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the customer who sells.</source>
        <translation>売主となる顧客を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the loan secured on the home.</source>
        <translation>住宅を担保とするローンを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who buys.</source>
        <translation>買主を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener.</source>
        <translation>司法書士を入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the price, more than zero.</source>
        <translation>0より大きい価格を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the day.</source>
        <translation>日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+166"/>
        <source>Security review</source>
        <translation>セキュリティ審査</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your preliminary opinion goes into the note and the application goes on to the decision centre; the answers of third parties are not waited for.</source>
        <translation>事前意見は備考に記載され、申込は審査センターへ送られます。第三者からの回答は待ちません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opinion</source>
        <translation>意見(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note (required for a negative opinion)</source>
        <translation>備考（否定的意見の場合は必須）(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send to the decision centre</source>
        <translation>審査センターへ送付(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veto the positive decision</source>
        <translation>承認決定に対する拒否権の行使</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A veto cancels the decision centre&apos;s positive decision for one of these reasons only; the application is refused.</source>
        <translation>拒否権の行使は、次のいずれかの理由に限り審査センターの承認決定を取り消し、申込は否決となります。</translation>
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
        <translation>拒否権を行使(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse the application</source>
        <translation>申込の否決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason is printed on the refusal notice.</source>
        <translation>理由は否決通知に印字されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse</source>
        <translation>否決(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security clearance</source>
        <translation>セキュリティ確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No negative answers from third parties: clear the positive decision.</source>
        <translation>第三者から否定的な回答はありません：承認決定を確認します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;interview with the borrower was held</source>
        <translation>借主との面談を実施済み(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>確認(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../desktop/ui/settlements/settlements_screen.py" line="+1177"/>
        <source>Record offer</source>
        <translation>買付申込を記録</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Buyer</source>
        <translation>買主(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer</source>
        <translation>買付価格(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>備考(&amp;N)</translation>
    </message>
</context>
<context>
    <name>OpenReleases</name>
    <message>
        <location filename="../../desktop/ui/payoffs/open_releases.py" line="+25"/>
        <source>Payoffs awaiting release</source>
        <translation>抹消・解除待ちの完済</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payoff not sent</source>
        <translation>完済金未送金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payoff sent</source>
        <translation>完済金送金済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lender confirmed</source>
        <translation>金融機関が完済確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lender</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>超過</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payoffs awaiting release: {count}, {late} late</source>
        <translation>抹消・解除待ちの完済：{count} 件、うち期限超過 {late} 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{days} days</source>
        <translation>{days} 日</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/loan_dialogs.py" line="+99"/>
        <source>Payment on {account}</source>
        <translation>{account} の返済</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <location filename="../../forms/payment.ui" line="+5"/>
        <source>Record payment</source>
        <translation>返済を記録</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Paid on</source>
        <translation>返済日(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PayoffPanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/payoff_panel.py" line="+38"/>
        <source>Look a loan up on the left to see what clears it.</source>
        <translation>左側でローンを検索すると、完済に必要な金額が表示されます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Payoff &amp;on</source>
        <translation>完済予定日(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record lender &amp;letter…</source>
        <translation>残債証明書を記録(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print quote…</source>
        <translation>見積書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Payoff</source>
        <translation>一括返済額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To clear the loan</source>
        <translation>完済に必要な金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Per diem</source>
        <translation>日割利息</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Good through</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Arrears</source>
        <translation>延滞</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>受領者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender payoff letters</source>
        <translation>金融機関の残債証明書</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The lender is the owner of record: the title moves only after the payoff.</source>
        <translation>金融機関が登録上の所有者です（所有権留保）。名義変更は完済後に限られます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimate by the desk — no lender payoff letter on file.</source>
        <translation>窓口の試算です — 金融機関の残債証明書は未登録です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lender&apos;s payoff letter {reference}, good through {date}.</source>
        <translation>金融機関の残債証明書 {reference}、有効期限 {date}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender&apos;s payoff letter {reference}, extended past {date}.</source>
        <translation>金融機関の残債証明書 {reference}、有効期限 {date} 以降を延長計算。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Principal outstanding</source>
        <translation>元金残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest accrued since the last due date</source>
        <translation>前回約定日以降の経過利息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past-due installments</source>
        <translation>延滞中の約定返済額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty interest</source>
        <translation>遅延損害金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepayment compensation</source>
        <translation>繰上返済手数料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk&apos;s estimate</source>
        <translation>窓口試算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lender&apos;s letter {reference}</source>
        <translation>残債証明書 {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extension: {days} days × {per_diem}</source>
        <translation>延長分：{days} 日 × {per_diem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{amount} a day after the good-through date</source>
        <translation>有効期限の翌日以降 1日あたり {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} overdue, {days} days past due; missed {consecutive} in a row, {cumulative} in all</source>
        <translation>延滞額 {amount}、延滞 {days} 日；連続 {consecutive} 回、累計 {cumulative} 回の未払い</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+115"/>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/preview_dialog.py" line="+20"/>
        <source>Preview — {name}</source>
        <translation>プレビュー — {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256 {sha}</source>
        <translation>SHA-256 {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;JSON…</source>
        <translation>JSONを保存(&amp;J)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save document</source>
        <translation>書類を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 書類 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save data</source>
        <translation>データを保存</translation>
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
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules of</source>
        <translation>適用法令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last use</source>
        <translation>最終利用日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>消去期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>消去(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for erasure</source>
        <translation>消去対象</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Erased</source>
        <translation>消去日</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>記録番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview, print or save…</source>
        <translation>プレビュー・印刷・保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction records</source>
        <translation>消去記録</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Privacy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;個人情報&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erase personal data</source>
        <translation>個人情報の消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {customer} for good? The money records stay, anonymised. Reason for the destruction record:</source>
        <translation>{customer} の個人情報を完全に消去しますか？金銭の記録は匿名化して残ります。消去記録に記載する理由：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The personal data is erased. Destruction record {id} was written; print it from the list below for signature.</source>
        <translation>個人情報を消去しました。消去記録 {id} を作成しました。下の一覧から印刷し、署名を受けてください。</translation>
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
        <translation>自店独自のファイルです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shipped program: saving writes the desk&apos;s own copy, which replaces it.</source>
        <translation>同梱の商品です。保存すると自店用のコピーが作成され、同梱版に代わって使われます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved — {problem}</source>
        <translation>保存されませんでした — {problem}</translation>
    </message>
</context>
<context>
    <name>ProgramsScreen</name>
    <message>
        <location line="+23"/>
        <source>&lt;h3&gt;Lending programs&lt;/h3&gt;Each program is a file: the shipped ones come with LienDesk; the desk&apos;s own replace or add to them.</source>
        <translation>&lt;h3&gt;融資商品&lt;/h3&gt;商品はそれぞれ1つのファイルです。同梱の商品は LienDesk に付属し、自店独自のファイルはそれを置き換えるか追加します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Own</source>
        <translation>自店</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation>同梱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}, example</source>
        <translation>{kind}（例示用）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These files could not be loaded; the other programs are in use:</source>
        <translation>次のファイルは読み込めませんでした（その他の商品は使用できます）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every program file loaded.</source>
        <translation>すべての商品ファイルを読み込みました。</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/asset_dialogs.py" line="+77"/>
        <source>The floor area is a number of square metres, such as 68.5.</source>
        <translation>床面積は平方メートル単位の数値で入力してください（例: 68.5）。</translation>
    </message>
    <message>
        <location filename="../../forms/property.ui" line="+5"/>
        <source>Property</source>
        <translation>不動産</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Address</source>
        <translation>所在地(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Floor area (m²)</source>
        <translation>床面積（m²）(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Land &amp;parcels</source>
        <translation>土地の地番(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Buildings</source>
        <translation>建物の家屋番号(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Currency</source>
        <translation>通貨(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly &amp;management fee</source>
        <translation>管理費（月額）(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly &amp;repair reserve</source>
        <translation>修繕積立金（月額）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReleaseConfirmedDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="+80"/>
        <source>Enter the day the lender confirmed.</source>
        <translation>金融機関が完済を確認した日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../forms/release_confirmed.ui" line="+5"/>
        <source>Lender confirmed the payoff</source>
        <translation>金融機関の完済確認</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Confirmed on</source>
        <translation>確認日(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_panel.py" line="+21"/>
        <source>Payoff and lien release</source>
        <translation>完済と抵当権抹消・所有権解除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold — payoff not sent yet</source>
        <translation>売却済み — 完済金未送金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoff sent — waiting for the lender</source>
        <translation>完済金送金済み — 金融機関の確認待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender confirmed — waiting for the release documents</source>
        <translation>金融機関が完済確認 — 抹消・解除書類待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>抹消・解除済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Not tracked: start when the car or home is sold.</source>
        <translation>未追跡：車両または住宅の売却時に開始してください。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>送金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release documents</source>
        <translation>抹消・解除書類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sold — track release…</source>
        <translation>売却済み — 抹消・解除を追跡(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoff s&amp;ent…</source>
        <translation>完済金送金済み(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender &amp;confirmed…</source>
        <translation>金融機関が完済確認(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release &amp;received…</source>
        <translation>抹消・解除書類を受領(&amp;R)…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>payoff to be sent by {date}</source>
        <translation>完済金の送金期限 {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>released on {date}</source>
        <translation>{date} に抹消・解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release expected by {date}</source>
        <translation>抹消・解除の予定 {date} まで</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} on {date} by {method} {reference}</source>
        <translation>{amount}（{date}、{method} {reference}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected: {documents}</source>
        <translation>受領予定：{documents}</translation>
    </message>
</context>
<context>
    <name>ReleaseReceivedDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="+28"/>
        <source>Enter the day the documents arrived.</source>
        <translation>書類の到着日を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the documents that arrived.</source>
        <translation>到着した書類にチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../../forms/release_received.ui" line="+5"/>
        <source>Release documents received</source>
        <translation>抹消・解除書類の受領</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Received on</source>
        <translation>受領日(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Documents</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other document</source>
        <translation>その他の書類(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything else that came</source>
        <translation>その他に届いた書類</translation>
    </message>
</context>
<context>
    <name>ReleaseSentDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="-66"/>
        <source>Bank transfer</source>
        <translation>銀行振込</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the day the payoff was sent.</source>
        <translation>完済金の送金日を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount sent.</source>
        <translation>送金額を入力してください。</translation>
    </message>
    <message>
        <location filename="../../forms/release_sent.ui" line="+5"/>
        <source>Payoff sent to the lender</source>
        <translation>金融機関への完済金送金</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sent on</source>
        <translation>送金日(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Method</source>
        <translation>送金方法(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank transfer, cheque…</source>
        <translation>銀行振込、小切手…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference</source>
        <translation>参照番号(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer or cheque number</source>
        <translation>振込番号または小切手番号</translation>
    </message>
</context>
<context>
    <name>ReleaseStartDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="-26"/>
        <source>Enter the day of the sale or trade-in.</source>
        <translation>売却日または下取り日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../forms/release_start.ui" line="+5"/>
        <source>Track the payoff and lien release</source>
        <translation>完済と抵当権抹消・所有権解除の追跡</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day of &amp;sale or trade-in</source>
        <translation>売却日・下取り日(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes</source>
        <translation>備考(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="-83"/>
        <source>&amp;Return</source>
        <translation>返却(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these documents may go back to a refused borrower; a copy of each stays in the dossier and the inventory notes it.</source>
        <translation>否決された借主に返却できるのはこれらの書類のみです。各書類の写しは与信ファイルに残し、書類目録に記載します。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+41"/>
        <source>System language ({language})</source>
        <translation>システムの言語（{language}）</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="+5"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Branch name</source>
        <translation>店舗名(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As printed on documents</source>
        <translation>書類に印字される名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch &amp;region</source>
        <translation>支店の地域(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where borrowers must be registered, e.g. Москва, 山西省太原市</source>
        <translation>借主の登録地として求められる地域（例：Москва、山西省太原市）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the payoff &amp;within (days of the sale)</source>
        <translation>残債の完済金の送金期限(&amp;W)（売却日から日数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release due &amp;within (days of sending)</source>
        <translation>抵当権抹消・所有権解除の期限(&amp;W)（送金日から日数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter vs estimate tolerance, &amp;JPY</source>
        <translation>残債証明と試算の許容差、円(&amp;J)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;CNY</source>
        <translation>許容差、人民元(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;RUB</source>
        <translation>許容差、ルーブル(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;USD</source>
        <translation>許容差、米ドル(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;EUR</source>
        <translation>許容差、ユーロ(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong passwords before a lock&amp;out</source>
        <translation>ロックアウトまでのパスワード誤入力回数(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lockout (&amp;minutes)</source>
        <translation>ロックアウト時間（分）(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the desk after &amp;idle minutes</source>
        <translation>無操作で画面をロックするまでの分数(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch &amp;country (its privacy law)</source>
        <translation>店舗の国（適用される個人情報保護法）(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JP, RU, CN; empty: each customer&apos;s citizenship</source>
        <translation>JP、RU、CN。空欄の場合は顧客の国籍による</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep personal data, Japan (months after last use)</source>
        <translation>個人情報の保存期間、日本（最終利用後の月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, Russia (months)</source>
        <translation>個人情報の保存期間、ロシア（月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, China (months)</source>
        <translation>個人情報の保存期間、中国（月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, elsewhere (months)</source>
        <translation>個人情報の保存期間、その他（月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screen &amp;language</source>
        <translation>画面の言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the screens on this desk; documents follow each customer&apos;s language.</source>
        <translation>この窓口の画面の言語です。書類は顧客ごとの言語で作成されます。</translation>
    </message>
</context>
<context>
    <name>SettlementsScreen</name>
    <message>
        <location filename="../../desktop/ui/settlements/settlements_screen.py" line="-1049"/>
        <source>Deal</source>
        <translation>取引</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Balance</source>
        <translation>収支</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;car sale…</source>
        <translation>新規の車両売却(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;home sale…</source>
        <translation>新規の住宅売却(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;voluntary sale…</source>
        <translation>新規の任意売却(&amp;V)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a deal on the left, or open a new one.</source>
        <translation>左側で取引を選ぶか、新しい取引を開始してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 Asset and liens</source>
        <translation>1 物件と担保権</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Offers and price</source>
        <translation>2 買付申込と価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Costs and prorations</source>
        <translation>3 諸費用と日割精算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 Result</source>
        <translation>4 精算結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Finalise</source>
        <translation>5 確定</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Refresh payoff</source>
        <translation>一括返済額を更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the loan&apos;s latest payoff figure (a new lender&apos;s letter) into the draft</source>
        <translation>ローンの最新の一括返済額（新しい残債証明書）を下書きに反映します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+399"/>
        <source>Day of sale</source>
        <translation>売却日</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>&amp;Price</source>
        <translation>売却価格(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyers&apos; offers</source>
        <translation>買付申込</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>買主</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>買付価格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>申込日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record &amp;offer…</source>
        <translation>買付申込を記録(&amp;O)…</translation>
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
        <translation>未処理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer pays in cash</source>
        <translation>顧客が現金で支払う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll into the new car&apos;s loan</source>
        <translation>新車のローンに上乗せ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt stays with the customer</source>
        <translation>顧客の債務として残す</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dealer &amp;fee</source>
        <translation>販売店手数料(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortfall &amp;covered by</source>
        <translation>残債不足分の処理(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New car&apos;s &amp;lender</source>
        <translation>新車のローン会社(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New car&apos;s p&amp;rice</source>
        <translation>新車の価格(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;loan (before roll-over)</source>
        <translation>新車ローン額（上乗せ前）(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan-to-value &amp;cap (%)</source>
        <translation>融資比率の上限（%）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the equity to the new car (not paid out to the customer)</source>
        <translation>下取り差額を新車の購入代金に充当する（顧客には支払わない）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>the legal cap</source>
        <translation>法定上限額</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>only to charge above the cap</source>
        <translation>上限を超えて請求する場合のみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 January (Kanto)</source>
        <translation>1月1日（関東式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 April (Kansai)</source>
        <translation>4月1日（関西式）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Co&amp;mmission (incl. tax)</source>
        <translation>仲介手数料（税込）(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override reason</source>
        <translation>上限超過の理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only when the buyer pays its own broker at this closing</source>
        <translation>買主がこの決済で自身の仲介業者に支払う場合のみ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Buyer&apos;s broker</source>
        <translation>買主側仲介業者(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s broker commission</source>
        <translation>買主側の仲介手数料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax &amp;year starts</source>
        <translation>固定資産税の起算日(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual property &amp;tax</source>
        <translation>固定資産税・都市計画税（年額）(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management &amp;association</source>
        <translation>管理組合(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management fee a month</source>
        <translation>管理費（月額）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair reserve a month</source>
        <translation>修繕積立金（月額）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management fee arrears</source>
        <translation>管理費の滞納額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair reserve arrears</source>
        <translation>修繕積立金の滞納額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking arrears</source>
        <translation>駐車場使用料の滞納額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving allowance</source>
        <translation>引越費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrivener&apos;s fee</source>
        <translation>司法書士報酬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Earnest money</source>
        <translation>手付金(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee</source>
        <translation>支払先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>請求額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the lender refused (for Refuse)</source>
        <translation>債権者が否認した理由（否認の場合）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve line</source>
        <translation>項目を承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fuse line</source>
        <translation>項目を否認(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing</source>
        <translation>決済</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names, separated by ;</source>
        <translation>氏名を ; で区切って入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer</source>
        <translation>買主(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Day of settlement</source>
        <translation>決済日</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Earnest money</source>
        <translation>手付金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guarantor company</source>
        <translation>保証会社(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It paid the bank off on</source>
        <translation>代位弁済日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint guarantors</source>
        <translation>連帯保証人(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court costs of an auction</source>
        <translation>競売の手続費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lender&apos;s decision on each line:</source>
        <translation>各項目に対する債権者の判断：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer debit</source>
        <translation>買主負担</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer credit</source>
        <translation>買主控除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller debit</source>
        <translation>売主負担</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller credit</source>
        <translation>売主受取</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xplain</source>
        <translation>計算内訳(&amp;X)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still owed after the sale</source>
        <translation>売却後の残債</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voluntary sale against a court auction</source>
        <translation>任意売却と競売の比較</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Finalise</source>
        <translation>確定(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revise (new version)</source>
        <translation>修正（新しい版）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;statement…</source>
        <translation>精算書を印刷(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;distribution table…</source>
        <translation>配分表を印刷(&amp;D)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Car — dealer purchase</source>
        <translation>車両 — 買取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car — trade-in</source>
        <translation>車両 — 下取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car — private sale</source>
        <translation>車両 — 個人間売買</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home — market sale</source>
        <translation>住宅 — 通常売却</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home — voluntary sale</source>
        <translation>住宅 — 任意売却</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balanced</source>
        <translation>収支一致</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overage</source>
        <translation>過剰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortage</source>
        <translation>不足</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+334"/>
        <source>FINAL</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+334"/>
        <source>DRAFT</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Not settled yet</source>
        <translation>未精算</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;Seller:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;売主：&lt;/b&gt;{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Asset:&lt;/b&gt; {asset}</source>
        <translation>&lt;b&gt;物件：&lt;/b&gt;{asset}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desk&apos;s estimate</source>
        <translation>窓口の試算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lender&apos;s letter</source>
        <translation>金融機関の残債証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lender&apos;s letter, extended</source>
        <translation>金融機関の残債証明書（延長計算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Payoff used:&lt;/b&gt; {amount} on {on}, from {source}</source>
        <translation>&lt;b&gt;採用した一括返済額：&lt;/b&gt;{amount}（{on} 時点、{source}による）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter {reference}, good through {date}</source>
        <translation>残債証明書 {reference}、有効期限 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per diem {amount}</source>
        <translation>日割利息 {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender: {lender}</source>
        <translation>金融機関：{lender}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual inside the payoff: {amount}</source>
        <translation>一括返済額に含まれる残価：{amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loan on the car.</source>
        <translation>この車両にローンはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mortgage {rank}: {lender} — payoff {amount}</source>
        <translation>第{rank}順位抵当権：{lender} — 一括返済額 {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lien {rank}: {creditor} — balance {amount}</source>
        <translation>第{rank}順位担保権：{creditor} — 債権残高 {amount}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table proposed on</source>
        <translation>配分表の提示日</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Charged {amount}: at the legal cap.</source>
        <translation>請求額 {amount}：法定上限額です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged {amount}; the legal cap is {cap}.</source>
        <translation>請求額 {amount}。法定上限額は {cap} です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proposed</source>
        <translation>提示中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>否認</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Price and deposits</source>
        <translation>売買代金・手付金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prorations and adjustments</source>
        <translation>日割精算・調整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoffs</source>
        <translation>ローン完済</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commission</source>
        <translation>仲介手数料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government and registration</source>
        <translation>税金・登記費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other costs</source>
        <translation>その他の費用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowances</source>
        <translation>控除・手当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeds</source>
        <translation>手取額</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line} (outside the closing)</source>
        <translation>{line}（決済外）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creditors receive {voluntary} from the voluntary sale against {auction} from an auction ({gain} more); the seller owes {saved} less afterwards.</source>
        <translation>債権者の回収額は任意売却で {voluntary}、競売で {auction}（任意売却の方が {gain} 多い）。売却後の売主の残債は {saved} 少なくなります。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;{amount}&lt;/b&gt; in all, no longer secured by the home.</source>
        <translation>合計 &lt;b&gt;{amount}&lt;/b&gt;（住宅の担保がない無担保債権となります）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{creditor}: debt {debt} − received {received} = &lt;b&gt;{remaining}&lt;/b&gt;</source>
        <translation>{creditor}：債権額 {debt} − 受領額 {received} = &lt;b&gt;{remaining}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guarantor company: {name}, which paid the bank off on {day} and holds the claim</source>
        <translation>保証会社：{name}（{day} に銀行へ代位弁済し、求償債権を保有）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guarantor company: {name}</source>
        <translation>保証会社：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint guarantor (連帯保証人): {name}, who owes it too and must be told before the sale</source>
        <translation>連帯保証人：{name}（同じ債務を負うため、売却前に通知が必要）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {version} — {status}</source>
        <translation>第{version}版 — {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalised by {who}</source>
        <translation>確定者 {who}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the price.</source>
        <translation>価格を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dealer fee</source>
        <translation>販売店手数料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the loan-to-value cap as a percentage.</source>
        <translation>融資比率の上限をパーセントで入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the new car&apos;s lender.</source>
        <translation>新車のローン会社を入力してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the day of settlement.</source>
        <translation>決済日を入力してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the day the table is proposed.</source>
        <translation>配分表の提示日を入力してください。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Choose a computed line to see its arithmetic.</source>
        <translation>計算された項目を選ぶと、計算内訳が表示されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This settlement cannot be finalised:</source>
        <translation>この精算は確定できません：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="-51"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo database. Sign in as clerk, officer, security or manager with the password {password}; your administrator account manages users and settings.</source>
        <translation>デモ用データベースです。clerk、officer、security、manager のいずれかでパスワード {password} を使ってサインインしてください。ユーザーと設定は管理者アカウントで管理します。</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="+5"/>
        <source>Sign in to LienDesk</source>
        <translation>LienDesk にサインイン</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="+77"/>
        <source>LienDesk is locked — {name}</source>
        <translation>LienDesk はロックされています — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <location filename="../../forms/unlock.ui" line="+5"/>
        <source>LienDesk is locked</source>
        <translation>LienDesk はロックされています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../forms/user.ui" line="+5"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../desktop/ui/access/users_screen.py" line="+44"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user…</source>
        <translation>ユーザーを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable / enable</source>
        <translation>無効化／有効化(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>パスワードをリセット(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ユーザー&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reset password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for {name}:</source>
        <translation>{name} の新しいパスワード：</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../forms/vehicle.ui" line="+5"/>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;VIN or chassis number</source>
        <translation>車台番号(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ZVW30-1234567 or a 17-character VIN</source>
        <translation>例: ZVW30-1234567、または17桁のVIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plate</source>
        <translation>ナンバー(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make</source>
        <translation>メーカー(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;odel</source>
        <translation>車名(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model &amp;year</source>
        <translation>年式(&amp;Y)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;ileage (km)</source>
        <translation>走行距離（km）(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner of &amp;record</source>
        <translation>登録上の所有者(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registered owner: the customer, or the lender under ownership retention</source>
        <translation>登録上の所有者：顧客、または所有権留保中の信販会社</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First registered on</source>
        <translation>初度登録年月日(&amp;F)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+274"/>
        <source>Encrypting the database…</source>
        <translation>データベースを暗号化しています…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer does not hold the key of the database. Enter an administrator&apos;s password to unlock it:</source>
        <translation>このコンピューターにはデータベースの鍵がありません。ロックを解除するには管理者のパスワードを入力してください：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That password does not unlock it. Try again:</source>
        <translation>このパスワードでは解除できません。もう一度入力してください：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the database</source>
        <translation>データベースのロック解除</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot unlock the database</source>
        <translation>データベースのロックを解除できません</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+10"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the whole database…</source>
        <extracomment>desktop/app.py:157</extracomment>
        <translation>データベース全体を確認しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database checked: OK</source>
        <extracomment>desktop/app.py:151</extracomment>
        <translation>データベースの確認：正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database damaged: read-only</source>
        <extracomment>desktop/app.py:153</extracomment>
        <translation>データベース破損：読み取り専用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LienDesk found damage in its database and has stopped saving, so nothing more is lost. You can still look records up. Use File → Restore latest backup to continue working from the last good copy.</source>
        <extracomment>desktop/app.py:171</extracomment>
        <translation>LienDesk はデータベースの破損を検出したため、これ以上データが失われないよう保存を停止しました。記録の検索は引き続き可能です。最後の正常なコピーから作業を続けるには、［ファイル］→［最新のバックアップから復元］を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup</source>
        <extracomment>desktop/app.py:188</extracomment>
        <translation>バックアップなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the current database with the backup {name}? The current file is kept beside it, renamed, and LienDesk restarts.</source>
        <extracomment>desktop/app.py:191</extracomment>
        <translation>現在のデータベースをバックアップ {name} で置き換えますか？現在のファイルは名前を変えて同じ場所に残し、LienDesk を再起動します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup</source>
        <extracomment>desktop/app.py:191</extracomment>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the latest backup, {name}? The damaged file is kept beside it, renamed.</source>
        <extracomment>desktop/app.py:341</extracomment>
        <translation>最新のバックアップ {name} から復元しますか？破損したファイルは名前を変えて同じ場所に残します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is damaged</source>
        <extracomment>desktop/app.py:171</extracomment>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup to restore. The damaged file has not been changed.</source>
        <extracomment>desktop/app.py:338</extracomment>
        <translation>復元できるバックアップがありません。破損したファイルは変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup yet. LienDesk makes one each time it closes.</source>
        <extracomment>desktop/app.py:188</extracomment>
        <translation>バックアップはまだありません。LienDesk は終了するたびにバックアップを作成します。</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>返済中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual days / 365</source>
        <extracomment>desktop/ui/widgets/choices.py:59</extracomment>
        <translation>実日数／365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <extracomment>desktop/ui/widgets/choices.py:74</extracomment>
        <translation>管理者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual rate / 12 each month</source>
        <extracomment>desktop/ui/widgets/choices.py:59</extracomment>
        <translation>年利÷12（毎月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <extracomment>desktop/ui/widgets/choices.py:48</extracomment>
        <translation>銀行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch manager</source>
        <extracomment>desktop/ui/widgets/choices.py:73</extracomment>
        <translation>店長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullet (all at maturity)</source>
        <extracomment>desktop/ui/widgets/choices.py:55</extracomment>
        <translation>期日一括返済</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>期限の利益喪失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clerk</source>
        <extracomment>desktop/ui/widgets/choices.py:72</extracomment>
        <translation>窓口担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-operative</source>
        <extracomment>desktop/ui/widgets/choices.py:50</extracomment>
        <translation>信用組合・協同組合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condominium</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>マンション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit officer</source>
        <extracomment>desktop/ui/widgets/choices.py:72</extracomment>
        <translation>審査担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer credit</source>
        <extracomment>desktop/ui/widgets/choices.py:50</extracomment>
        <translation>販売店（自社ローン）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <extracomment>desktop/ui/widgets/choices.py:38</extracomment>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal installments</source>
        <extracomment>desktop/ui/widgets/choices.py:54</extracomment>
        <translation>元利均等返済</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal principal</source>
        <extracomment>desktop/ui/widgets/choices.py:54</extracomment>
        <translation>元金均等返済</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <extracomment>desktop/ui/widgets/choices.py:29</extracomment>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance company</source>
        <extracomment>desktop/ui/widgets/choices.py:48</extracomment>
        <translation>信販会社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantee given</source>
        <extracomment>desktop/ui/widgets/choices.py:43</extracomment>
        <translation>保証債務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor company</source>
        <extracomment>desktop/ui/widgets/choices.py:49</extracomment>
        <translation>保証会社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>戸建て</translation>
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
        <translation>借入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Male</source>
        <extracomment>desktop/ui/widgets/choices.py:29</extracomment>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Number card</source>
        <extracomment>desktop/ui/widgets/choices.py:38</extracomment>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other document</source>
        <extracomment>desktop/ui/widgets/choices.py:39</extracomment>
        <translation>その他の書類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdraft / card limit</source>
        <extracomment>desktop/ui/widgets/choices.py:44</extracomment>
        <translation>当座貸越・カード利用枠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid off</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>完済</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport</source>
        <extracomment>desktop/ui/widgets/choices.py:37</extracomment>
        <translation>パスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident fund centre</source>
        <extracomment>desktop/ui/widgets/choices.py:49</extracomment>
        <translation>住宅積立金センター（公积金）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence card</source>
        <extracomment>desktop/ui/widgets/choices.py:37</extracomment>
        <translation>在留カード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident identity card</source>
        <extracomment>desktop/ui/widgets/choices.py:39</extracomment>
        <translation>居民身分証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual value (balloon)</source>
        <extracomment>desktop/ui/widgets/choices.py:55</extracomment>
        <translation>残価設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security officer</source>
        <extracomment>desktop/ui/widgets/choices.py:73</extracomment>
        <translation>セキュリティ担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subrogated to guarantor</source>
        <extracomment>desktop/ui/widgets/choices.py:68</extracomment>
        <translation>保証会社が代位弁済済み</translation>
    </message>
</context>
<context>
    <name>credit</name>
    <message>
        <location line="+2"/>
        <source>80 % of the commercial loan converted</source>
        <extracomment>desktop/ui/credit/labels.py:169</extracomment>
        <translation>借換え対象の商業ローンの80%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A home already owned</source>
        <extracomment>desktop/ui/credit/labels.py:122</extracomment>
        <translation>所有済みの住宅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A negative credit history</source>
        <extracomment>desktop/ui/credit/labels.py:135</extracomment>
        <translation>信用履歴に問題がある</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A third person&apos;s guarantee</source>
        <extracomment>desktop/ui/credit/labels.py:124</extracomment>
        <translation>第三者の保証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <extracomment>desktop/ui/credit/labels.py:35</extracomment>
        <translation>承認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the decision centre</source>
        <extracomment>desktop/ui/credit/labels.py:183</extracomment>
        <translation>審査センターが承認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrower&apos;s life</source>
        <extracomment>desktop/ui/credit/labels.py:148</extracomment>
        <translation>借主の生命保険</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying a home</source>
        <extracomment>desktop/ui/credit/labels.py:91</extracomment>
        <translation>住宅購入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car</source>
        <extracomment>desktop/ui/credit/labels.py:91</extracomment>
        <translation>自動車購入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared by security</source>
        <extracomment>desktop/ui/credit/labels.py:184</extracomment>
        <translation>セキュリティ担当が確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comprehensive (КАСКО)</source>
        <extracomment>desktop/ui/credit/labels.py:146</extracomment>
        <translation>車両保険（КАСКО）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compulsory liability (ОСАГО)</source>
        <extracomment>desktop/ui/credit/labels.py:146</extracomment>
        <translation>自賠責保険（ОСАГО）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting a commercial loan</source>
        <extracomment>desktop/ui/credit/labels.py:93</extracomment>
        <translation>商業ローンからの借換え</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <extracomment>desktop/ui/credit/labels.py:83</extracomment>
        <translation>写し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt burden (50 % of net income)</source>
        <extracomment>desktop/ui/credit/labels.py:160</extracomment>
        <translation>返済負担率（手取り収入の50%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents returned</source>
        <extracomment>desktop/ui/credit/labels.py:186</extracomment>
        <translation>書類を返却</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down payment margin</source>
        <extracomment>desktop/ui/credit/labels.py:164</extracomment>
        <translation>頭金比率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <extracomment>desktop/ui/credit/labels.py:31</extracomment>
        <translation>作成中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <extracomment>desktop/ui/credit/labels.py:64</extracomment>
        <translation>本日期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency service</source>
        <extracomment>desktop/ui/credit/labels.py:101</extracomment>
        <translation>救急・消防等</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <extracomment>desktop/ui/credit/labels.py:97</extracomment>
        <translation>給与所得者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entrepreneur</source>
        <extracomment>desktop/ui/credit/labels.py:98</extracomment>
        <translation>個人事業主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <extracomment>desktop/ui/credit/labels.py:78</extracomment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>desktop/ui/credit/labels.py:52</extracomment>
        <translation>不適合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed among refusals</source>
        <extracomment>desktop/ui/credit/labels.py:187</extracomment>
        <translation>否決分として保管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor</source>
        <extracomment>desktop/ui/credit/labels.py:110</extracomment>
        <translation>保証人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment share of income</source>
        <extracomment>desktop/ui/credit/labels.py:161</extracomment>
        <translation>収入に対する返済額の割合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>International passport</source>
        <extracomment>desktop/ui/credit/labels.py:116</extracomment>
        <translation>旅券（国外用パスポート）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <extracomment>desktop/ui/credit/labels.py:65</extracomment>
        <translation>期限超過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan to value of the collateral</source>
        <extracomment>desktop/ui/credit/labels.py:166</extracomment>
        <translation>担保評価額に対する融資比率（LTV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan within the price</source>
        <extracomment>desktop/ui/credit/labels.py:162</extracomment>
        <translation>価格の範囲内の融資</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married</source>
        <extracomment>desktop/ui/credit/labels.py:105</extracomment>
        <translation>既婚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <extracomment>desktop/ui/credit/labels.py:65</extracomment>
        <translation>期限内に完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Military service</source>
        <extracomment>desktop/ui/credit/labels.py:99</extracomment>
        <translation>軍務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <extracomment>desktop/ui/credit/labels.py:77</extracomment>
        <translation>不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mortgage on the home bought</source>
        <extracomment>desktop/ui/credit/labels.py:121</extracomment>
        <translation>購入住宅への抵当権設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple of the fund balance</source>
        <extracomment>desktop/ui/credit/labels.py:167</extracomment>
        <translation>公积金残高の倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <extracomment>desktop/ui/credit/labels.py:53</extracomment>
        <translation>要確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative</source>
        <extracomment>desktop/ui/credit/labels.py:129</extracomment>
        <translation>否定的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative (criminal) information about the borrower</source>
        <extracomment>desktop/ui/credit/labels.py:134</extracomment>
        <translation>借主に関する否定的（犯罪関係）情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neither (yet)</source>
        <extracomment>desktop/ui/credit/labels.py:109</extracomment>
        <translation>いずれもなし（未定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not certified</source>
        <extracomment>desktop/ui/credit/labels.py:77</extracomment>
        <translation>原本証明なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notarised consent</source>
        <extracomment>desktop/ui/credit/labels.py:111</extracomment>
        <translation>公証された同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <extracomment>desktop/ui/credit/labels.py:64</extracomment>
        <translation>期限内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <extracomment>desktop/ui/credit/labels.py:83</extracomment>
        <translation>原本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages missing</source>
        <extracomment>desktop/ui/credit/labels.py:78</extracomment>
        <translation>ページ不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <extracomment>desktop/ui/credit/labels.py:52</extracomment>
        <translation>適合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passenger accident</source>
        <extracomment>desktop/ui/credit/labels.py:149</extracomment>
        <translation>搭乗者傷害保険</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay soon</source>
        <extracomment>desktop/ui/credit/labels.py:153</extracomment>
        <translation>まもなく支払期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment late</source>
        <extracomment>desktop/ui/credit/labels.py:153</extracomment>
        <translation>支払遅延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pension insurance certificate</source>
        <extracomment>desktop/ui/credit/labels.py:115</extracomment>
        <translation>年金保険証明書（СНИЛС）</translation>
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
        <translation>肯定的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision</source>
        <extracomment>desktop/ui/credit/labels.py:47</extracomment>
        <translation>承認決定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision: security clearance pending</source>
        <extracomment>desktop/ui/credit/labels.py:34</extracomment>
        <translation>承認決定：セキュリティ確認待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price less down payment</source>
        <extracomment>desktop/ui/credit/labels.py:163</extracomment>
        <translation>価格から頭金を差し引いた額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program maximum</source>
        <extracomment>desktop/ui/credit/labels.py:170</extracomment>
        <translation>商品の融資上限額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof due</source>
        <extracomment>desktop/ui/credit/labels.py:154</extracomment>
        <translation>払込証明の提出待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof late</source>
        <extracomment>desktop/ui/credit/labels.py:154</extracomment>
        <translation>払込証明の提出遅延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <extracomment>desktop/ui/credit/labels.py:76</extracomment>
        <translation>受領済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed</source>
        <extracomment>desktop/ui/credit/labels.py:185</extracomment>
        <translation>否決通知に署名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <extracomment>desktop/ui/credit/labels.py:183 desktop/ui/credit/labels.py:36</extracomment>
        <translation>否決</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused, filed</source>
        <extracomment>desktop/ui/credit/labels.py:37</extracomment>
        <translation>否決（保管済み）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relatives by blood or marriage report the borrower cannot pay</source>
        <extracomment>desktop/ui/credit/labels.py:140</extracomment>
        <translation>親族（血族・姻族）から借主に返済能力がないとの情報がある</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renovation</source>
        <extracomment>desktop/ui/credit/labels.py:92</extracomment>
        <translation>住宅改修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renovation cap by floor area</source>
        <extracomment>desktop/ui/credit/labels.py:168</extracomment>
        <translation>床面積に応じた改修融資上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Securities pledged</source>
        <extracomment>desktop/ui/credit/labels.py:123</extracomment>
        <translation>有価証券の質入れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security review</source>
        <extracomment>desktop/ui/credit/labels.py:182</extracomment>
        <translation>セキュリティ審査</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the purchase price</source>
        <extracomment>desktop/ui/credit/labels.py:165</extracomment>
        <translation>購入価格に対する割合</translation>
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
        <translation>提出済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: awaiting the decision</source>
        <extracomment>desktop/ui/credit/labels.py:29 desktop/ui/credit/labels.py:43</extracomment>
        <translation>提出済み：審査結果待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: with the security officer</source>
        <extracomment>desktop/ui/credit/labels.py:32</extracomment>
        <translation>提出済み：セキュリティ担当が審査中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxpayer number certificate</source>
        <extracomment>desktop/ui/credit/labels.py:117</extracomment>
        <translation>納税者番号証明書（ИНН）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower gave false information</source>
        <extracomment>desktop/ui/credit/labels.py:136</extracomment>
        <translation>借主が虚偽の情報を提供した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employer reports a coming dismissal or redundancy</source>
        <extracomment>desktop/ui/credit/labels.py:138</extracomment>
        <translation>勤務先から解雇または人員整理の予定があるとの情報がある</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interview at signing ended negatively</source>
        <extracomment>desktop/ui/credit/labels.py:141</extracomment>
        <translation>契約時の面談の結果が否定的だった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vetoed by security</source>
        <extracomment>desktop/ui/credit/labels.py:184</extracomment>
        <translation>セキュリティ担当が拒否権を行使</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voluntary liability</source>
        <extracomment>desktop/ui/credit/labels.py:147</extracomment>
        <translation>任意賠償責任保険</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the decision centre</source>
        <extracomment>desktop/ui/credit/labels.py:33</extracomment>
        <translation>審査センターで審査中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>— 未記録 —</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location line="+2"/>
        <source>Cannot do that now</source>
        <extracomment>desktop/ui/errors.py:61</extracomment>
        <translation>現在この操作はできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <extracomment>desktop/ui/errors.py:78</extracomment>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LienDesk hit an unexpected error. Nothing half-done was saved. Use “Copy details” and send them to your support contact.</source>
        <extracomment>desktop/ui/errors.py:62</extracomment>
        <translation>LienDesk で予期しないエラーが発生しました。途中までの処理は保存されていません。「詳細をコピー」を押して、サポート窓口に送ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <extracomment>desktop/ui/errors.py:57</extracomment>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the form</source>
        <extracomment>desktop/ui/errors.py:50</extracomment>
        <translation>入力内容を確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving is stopped</source>
        <extracomment>desktop/ui/errors.py:52</extracomment>
        <translation>保存を停止しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <extracomment>desktop/ui/errors.py:62</extracomment>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database failed its integrity check, so LienDesk stopped writing to it to keep your records safe. Restore the latest backup from the File menu.</source>
        <extracomment>desktop/ui/errors.py:52</extracomment>
        <translation>データベースの整合性チェックに失敗したため、記録を保護するために LienDesk は書き込みを停止しました。［ファイル］メニューから最新のバックアップを復元してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record no longer exists. It may have been removed.</source>
        <extracomment>desktop/ui/errors.py:57</extracomment>
        <translation>この記録はもう存在しません。削除された可能性があります。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location line="+2"/>
        <source>A 17-character VIN has no I, O or Q.</source>
        <extracomment>desktop/domain/assets.py:82</extracomment>
        <translation>17桁の車台番号（VIN）には I、O、Q は使われません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy cannot be certified before the document was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:93</extracomment>
        <translation>書類の発行日より前の日付で写しに原本証明をすることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document can be returned only after it was received.</source>
        <extracomment>desktop/domain/credit/dossier.py:84</extracomment>
        <translation>書類は受領後でなければ返却できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot be received before it was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:89</extracomment>
        <translation>書類の発行日より前に受領することはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot be returned before the day it was received.</source>
        <extracomment>desktop/domain/credit/dossier.py:86</extracomment>
        <translation>書類は受領日より前に返却できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot expire before it was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:91</extracomment>
        <translation>書類の有効期限を発行日より前にすることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document has at least one page.</source>
        <extracomment>desktop/domain/credit/dossier.py:77 desktop/domain/credit/dossier.py:81</extracomment>
        <translation>書類は1ページ以上必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A home of {area} m² falls in the band {band}: a renovation loan of at most {tier_limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>床面積 {area} m² の住宅は区分 {band} に該当します：改修融資の上限は {tier_limit} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lien release for this loan is already under way (sale on {sale_on}). Continue that one instead of starting another.</source>
        <extracomment>desktop/services/releases.py:42</extracomment>
        <translation>このローンの抵当権抹消・所有権解除はすでに進行中です（売却日 {sale_on}）。新たに始めず、その手続を続けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line between the closing account and itself moves nothing.</source>
        <extracomment>desktop/domain/settlement.py:125</extracomment>
        <translation>決済口座から同じ決済口座への項目では資金は移動しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line&apos;s amount cannot be negative: swap payer and payee instead.</source>
        <extracomment>desktop/domain/settlement.py:119</extracomment>
        <translation>項目の金額はマイナスにできません。支払者と受取者を入れ替えてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mortgage sits on at least one parcel or building.</source>
        <extracomment>desktop/domain/fees.py:394</extracomment>
        <translation>抵当権は少なくとも1筆の土地または1棟の建物に設定されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password does not start or end with a space.</source>
        <extracomment>desktop/domain/access.py:126</extracomment>
        <translation>パスワードの先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password has at least {count} characters.</source>
        <extracomment>desktop/domain/access.py:123</extracomment>
        <translation>パスワードは {count} 文字以上にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff cannot be quoted before the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:684</extracomment>
        <translation>融資実行日より前の日付で一括返済額を試算することはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff is quoted for today or a later day, never back-dated.</source>
        <extracomment>desktop/services/payoffs.py:44</extracomment>
        <translation>一括返済額は当日以降の日付で試算します。過去の日付にはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff letter is good through a day on or after it was received.</source>
        <extracomment>desktop/domain/payoffs.py:57</extracomment>
        <translation>残債証明書の有効期限は受領日以降の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has 7 to 15 digits.</source>
        <extracomment>desktop/domain/customers.py:134</extracomment>
        <translation>電話番号は7〜15桁です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prepayment cannot come before the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:464</extracomment>
        <translation>融資実行日より前に繰上返済はできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private sale has no dealer to charge fees.</source>
        <extracomment>desktop/domain/car_sale.py:208</extracomment>
        <translation>個人間売買では手数料を請求する販売店がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A purchase or trade-in is by a dealer: choose the dealer as buyer.</source>
        <extracomment>desktop/domain/car_sale.py:206</extracomment>
        <translation>買取・下取りは販売店が行います。買主に販売店を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate is between 0 and 100 percent.</source>
        <extracomment>desktop/domain/rates.py:22</extracomment>
        <translation>利率は0〜100%の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal notice is printed for a refused application only.</source>
        <extracomment>desktop/services/credit.py:539</extracomment>
        <translation>否決通知は否決された申込についてのみ印刷できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal notice needs a refused application; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>否決通知は否決された申込に必要なものです。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A residual-value loan keeps its term: lower the installment instead.</source>
        <extracomment>desktop/domain/loans.py:485</extracomment>
        <translation>残価設定ローンは返済期間を変えられません。代わりに返済額を下げてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (over {limit}) is repaid monthly.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済期間 {term} か月（{limit} か月超）は毎月返済です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (over {limit}) is repaid monthly; one sum at maturity is not allowed.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済期間 {term} か月（{limit} か月超）は毎月返済です。期日一括返済はできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (up to {limit}) is repaid in one sum at maturity.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済期間 {term} か月（{limit} か月以下）は期日一括返済です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (up to {limit}) is repaid in one sum at maturity; choose that method.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済期間 {term} か月（{limit} か月以下）は期日一括返済です。この返済方法を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months; the program allows {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済期間 {term} か月。商品の条件は {allowed} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tolerance for {currency} must be zero or more.</source>
        <extracomment>desktop/domain/settings.py:71</extracomment>
        <translation>{currency} の許容差は0以上にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A used car must be bought from a dealer with a cooperation agreement; this seller has none.</source>
        <extracomment>desktop/domain/credit/eligibility.py:416 desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>中古車は銀行と提携契約のある販売店から購入する必要があります。この販売店には提携契約がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A used car must be technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:416 desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>中古車は技術的に良好で使用可能な状態である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is one word, without spaces.</source>
        <extracomment>desktop/domain/access.py:113</extracomment>
        <translation>ユーザー名は空白を含まない1語です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A veto cancels a positive decision of the centre; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>拒否権は審査センターの承認決定を取り消すものです。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount} お客様が登録上の所有者のため、債務を残したまま（記録のうえ）名義を移すこともできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount} お客様が登録上の所有者のため、債務を残したまま（記録のうえ）名義を移すこともできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount}（金融機関の残債証明 {reference} による）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount}（金融機関の残債証明 {reference} による）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}, which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount}（残価設定型ローンの残価 {residual} を含む）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}, which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount}（残価設定型ローンの残価 {residual} を含む）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{lender}から所有権解除を受けるため、{buyer}が代金から立替払い：残債 {amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the sale {total} remains owed, unsecured: negotiate a repayment plan; otherwise a lawsuit and wage garnishment may follow.</source>
        <extracomment>desktop/domain/short_sale.py:592</extracomment>
        <translation>売却後も{total}の債務が無担保で残ります。返済計画を協議してください。協議が整わない場合、訴訟や給与差押えに至るおそれがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age on {contract_date} is {age}; the program allows {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>契約日 {contract_date} 時点の年齢は {age} 歳です。商品の条件は {allowed} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application keeps its program; open a new application for another program.</source>
        <extracomment>desktop/services/credit.py:318</extracomment>
        <translation>申込の商品は変更できません。別の商品には新しい申込を作成してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:417</extracomment>
        <translation>買付価格は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on {day}, a working day. Received at or after 12:00, so the Conclusion is due by 12:00 the following day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:193</extracomment>
        <translation>申込審査センターの決定期限（{zone} 時間、規程 4.1.1.5）。営業日の {day} {clock} に受付。12:00 以降の受付のため、審査結論の期限は翌日12:00：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on {day}, a working day. Received before 12:00, so the Conclusion is due by 18:00 the same day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:181</extracomment>
        <translation>申込審査センターの決定期限（{zone} 時間、規程 4.1.1.5）。営業日の {day} {clock} に受付。12:00 前の受付のため、審査結論の期限は同日18:00：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock}, at or after 17:00: counted as received at the start of the next working day, {start}. That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:173</extracomment>
        <translation>申込審査センターの決定期限（{zone} 時間、規程 4.1.1.5）。{clock} の受付で17:00 以降のため、翌営業日の始業時 {start} の受付とみなします。12:00 前となるため、審査結論の期限は同日18:00：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received on {day}, not a working day: counted as received at the start of the next working day, {start}. That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:161</extracomment>
        <translation>申込審査センターの決定期限（{zone} 時間、規程 4.1.1.5）。{day} は営業日ではないため、翌営業日の始業時 {start} の受付とみなします。12:00 前となるため、審査結論の期限は同日18:00：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application received and decision told to the borrower on the same day, {told_on}: no pay-out before 12:00 of the next working day, {not_before} (book 4.1.1.7).</source>
        <extracomment>desktop/domain/credit/deadlines.py:269</extracomment>
        <translation>申込受付と審査結果の通知が同日（{told_on}）のため、翌営業日 {not_before} の12:00 までは融資を実行できません（規程 4.1.1.7）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application received on {received_on}, decision told to the borrower on {told_on}: not the same day, so the pay-out need not wait (book 4.1.1.7).</source>
        <extracomment>desktop/domain/credit/deadlines.py:263</extracomment>
        <translation>申込受付日 {received_on}、審査結果の通知日 {told_on}：同日ではないため、融資実行を待つ必要はありません（規程 4.1.1.7）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application submitted for a decision by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:256</extracomment>
        <translation>{user} が {at} に申込を審査へ回付しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application submitted to the branch security officer by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:253</extracomment>
        <translation>{user} が {at} に申込を支店のセキュリティ担当へ回付しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve between 0 and {most}.</source>
        <extracomment>desktop/domain/short_sale.py:221</extracomment>
        <translation>承認額は0から {most} の範囲にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {user} at {at}: {amount} for {term} months at {rate} a year.</source>
        <extracomment>desktop/domain/credit/decisions.py:353</extracomment>
        <translation>{user} が {at} に承認：{amount}、{term} か月、年利 {rate}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {user} at {at}: {amount} for {term} months at {rate} a year; awaiting the security officer&apos;s clearance.</source>
        <extracomment>desktop/domain/credit/decisions.py:350</extracomment>
        <translation>{user} が {at} に承認：{amount}、{term} か月、年利 {rate}。セキュリティ担当の確認待ちです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction petitioned on {day}: bids open about 6 months later (around {bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>{day} に競売申立て：入札開始は約6か月後（{bid} 頃）です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction petitioned on {day}: bids open about 6 months later (on {bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>{day} に競売申立て：入札開始は約6か月後（{bid}）です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction: market price {market} × {pct}% = {bid} − court costs {court} = {net} to the creditors; debt {debt} − {received} = {owes} still owed.</source>
        <extracomment>desktop/domain/short_sale.py:689</extracomment>
        <translation>競売：市場価格 {market} × {pct}% = {bid} − 競売費用 {court} = 債権者への配当 {net}。債務 {debt} − {received} = 残債務 {owes}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance paid by the buyer at settlement (残代金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>残代金（決済時に買主が支払）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced: {agent} collects {money_in} and pays out {money_out}.</source>
        <extracomment>desktop/domain/settlement.py:328</extracomment>
        <translation>収支一致：{agent}が{money_in}を受け取り、{money_out}を支払います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}, {lead} more than {runner}; {gain} more than the first offer {first}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 件の買付申込のうち最高額：{bidder} の {best}。{runner} より {lead} 高く、最初の申込額 {first} より {gain} 高い。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 件の買付申込のうち最高額：{bidder} の {best}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}. It covers the payoff {payoff} with {equity} to spare.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 件の買付申込のうち最高額：{bidder} の {best}。一括返済額 {payoff} を賄い、{equity} の余剰があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}. It falls short of the payoff {payoff} by {equity}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 件の買付申込のうち最高額：{bidder} の {best}。一括返済額 {payoff} に {equity} 不足します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 0 and 30 days.</source>
        <extracomment>desktop/domain/retention.py:151</extracomment>
        <translation>0〜30日の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 180 days.</source>
        <extracomment>desktop/domain/settings.py:60</extracomment>
        <translation>1〜180日の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 240 minutes.</source>
        <extracomment>desktop/domain/settings.py:66</extracomment>
        <translation>1〜240分の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 90 days.</source>
        <extracomment>desktop/domain/settings.py:58</extracomment>
        <translation>1〜90日の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 minute and a day.</source>
        <extracomment>desktop/domain/settings.py:64</extracomment>
        <translation>1分〜1日の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 3 and 20 attempts.</source>
        <extracomment>desktop/domain/settings.py:62</extracomment>
        <translation>3〜20回の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between {least} and {most} months.</source>
        <extracomment>desktop/domain/retention.py:144</extracomment>
        <translation>{least}〜{most} か月の範囲で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bicycle-space arrears (駐輪場代): the seller&apos;s own debt</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>駐輪場代の滞納：売主自身の債務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>仲介手数料（{broker}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker} (buyer&apos;s side)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>仲介手数料（買主側、{broker}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker} (seller&apos;s side)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>仲介手数料（売主側、{broker}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the management fee from {day}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>管理費精算金（{day}以降の買主負担分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the property tax from {day} (固定資産税等精算金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>固定資産税等精算金（{day}以降の買主負担分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the repair reserve from {day}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>修繕積立金精算金（{day}以降の買主負担分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot tell new from used: {missing} not recorded.</source>
        <extracomment>desktop/domain/credit/eligibility.py:360</extracomment>
        <translation>新車か中古車か判定できません：{missing} が未記録です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash from {seller} to cover the shortfall</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>不足額の現金による支払（{seller}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the VIN or chassis number.</source>
        <extracomment>desktop/domain/assets.py:85</extracomment>
        <translation>車台番号を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the model year.</source>
        <extracomment>desktop/domain/assets.py:87</extracomment>
        <translation>年式を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the year of birth.</source>
        <extracomment>desktop/domain/customers.py:118</extracomment>
        <translation>生年を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the languages offered.</source>
        <extracomment>desktop/domain/settings.py:68</extracomment>
        <translation>用意された言語から選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the reasons for a veto.</source>
        <extracomment>desktop/domain/credit/decisions.py:310</extracomment>
        <translation>拒否理由を選択肢から選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose proposed, approved or refused.</source>
        <extracomment>desktop/services/settlements.py:242</extracomment>
        <translation>提示中、承認、否認のいずれかを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the borrower.</source>
        <extracomment>desktop/domain/loan_accounts.py:42</extracomment>
        <translation>借主を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the car sold.</source>
        <extracomment>desktop/services/settlements.py:498</extracomment>
        <translation>売却する車両を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the customer.</source>
        <extracomment>desktop/ui/credit/dialogs.py:99</extracomment>
        <translation>顧客を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the documents to return.</source>
        <extracomment>desktop/domain/credit/decisions.py:393</extracomment>
        <translation>返却する書類を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the home sold.</source>
        <extracomment>desktop/services/settlements.py:498</extracomment>
        <translation>売却する住宅を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of sale.</source>
        <extracomment>desktop/services/settlements.py:173</extracomment>
        <translation>売却の種類を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the copy.</source>
        <extracomment>desktop/services/privacy.py:309</extracomment>
        <translation>写しの言語を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the customer&apos;s documents.</source>
        <extracomment>desktop/domain/customers.py:120</extracomment>
        <translation>顧客の書類の言語を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the destruction record.</source>
        <extracomment>desktop/services/privacy.py:215</extracomment>
        <translation>消去記録の言語を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the document.</source>
        <extracomment>desktop/services/settlements.py:552</extracomment>
        <translation>書類の言語を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lender.</source>
        <extracomment>desktop/domain/loan_accounts.py:40</extracomment>
        <translation>金融機関を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lending program.</source>
        <extracomment>desktop/ui/credit/dialogs.py:101</extracomment>
        <translation>融資商品を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record the document is issued for.</source>
        <extracomment>desktop/services/documents.py:35</extracomment>
        <translation>書類の発行対象となる記録を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which document this is.</source>
        <extracomment>desktop/domain/credit/dossier.py:73</extracomment>
        <translation>どの書類か選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which document to issue.</source>
        <extracomment>desktop/services/documents.py:33</extracomment>
        <translation>発行する書類を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who pays and who receives.</source>
        <extracomment>desktop/domain/settlement.py:121</extracomment>
        <translation>支払者と受取者を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen of {citizenship}; the program lends only to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>{citizenship} 国籍です。この商品は {allowed} の国籍者のみが対象です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen of {citizenship}; the program lends to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>{citizenship} 国籍です。この商品の対象は {allowed} の国籍者です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship not recorded; the program lends to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>国籍が未記録です。この商品の対象は {allowed} の国籍者です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared from the proceeds: unpaid management fees and repair reserve pass to the buyer as the next owner, so the management association is paid before the handover.</source>
        <extracomment>desktop/domain/home_sale.py:386</extracomment>
        <translation>売却代金から精算します：未払の管理費・修繕積立金は次の所有者である買主に承継されるため、引渡し前に管理組合へ支払います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission at the legal cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:220</extracomment>
        <translation>仲介手数料は法定上限額：{cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission {charged}, above the legal cap of {cap_total} by override (reason: {reason}). Cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:224</extracomment>
        <translation>仲介手数料 {charged}：上限超過の承認により法定上限額 {cap_total} を超えています（理由：{reason}）。上限：{cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission {charged}, agreed below the legal cap of {cap_total}. Cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:226</extracomment>
        <translation>仲介手数料 {charged}：合意により法定上限額 {cap_total} を下回っています。上限：{cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condominium arrears to {association}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>管理費等の滞納（{association}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn on {withdrawn_on}: the data is destroyed within {days} days, by {due_on}.</source>
        <extracomment>desktop/domain/retention.py:271</extracomment>
        <translation>同意撤回日 {withdrawn_on}：データは {days} 日以内（{due_on} まで）に消去されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract stamp duty (印紙税)</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>売買契約書の印紙税</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract stamp duty is never paid from the price: it is the seller&apos;s own cost.</source>
        <extracomment>desktop/domain/short_sale.py:422</extracomment>
        <translation>売買契約書の印紙税は売買代金から支払えません。売主自身の負担です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit history not checked: record how many times a payment was more than 30 calendar days late (at most {allowed}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>信用履歴が未確認です：30暦日を超える延滞の回数を記録してください（上限 {allowed} 回）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth not recorded; the loan must be repaid by the {limit}th birthday.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>生年月日が未記録です。ローンは {limit} 歳の誕生日までに完済する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth not recorded; the program allows ages {allowed} on the contract date.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>生年月日が未記録です。この商品の対象は契約日時点で {allowed} 歳です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth or sex not recorded; the term may not run past the statutory retirement age.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>生年月日または性別が未記録です。返済期間は法定の定年年齢を超えられません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer fee: {name}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>販売店手数料：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the fee.</source>
        <extracomment>desktop/domain/car_sale.py:213</extracomment>
        <translation>手数料の内容を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the line.</source>
        <extracomment>desktop/domain/settlement.py:114</extracomment>
        <translation>項目の内容を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document “{code}” has not been received.</source>
        <extracomment>desktop/domain/credit/dossier.py:197</extracomment>
        <translation>書類「{code}」は受領されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document “{code}” is not in the dossier on {on}; nothing to return.</source>
        <extracomment>desktop/domain/credit/decisions.py:406</extracomment>
        <translation>書類「{code}」は {on} 時点で与信ファイルにありません。返却するものはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents are returned after a refusal; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>書類の返却は否決後に行います。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier filed among the refusals by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:419</extracomment>
        <translation>{user} が {at} に与信ファイルを否決分として保管しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each mortgage has its own rank, 1 for the first.</source>
        <extracomment>desktop/domain/home_sale.py:272</extracomment>
        <translation>各抵当権にはそれぞれ順位があります（第1順位は 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earnest money (手付金) held by {holder}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>手付金（{holder}預り）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment with the current employer is {months} months; the program asks for at least {needed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>現勤務先での勤続期間は {months} か月です。この商品では {needed} か月以上が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment with the current employer not recorded; the program asks for at least {needed} months.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>現勤務先での勤続期間が未記録です。この商品では {needed} か月以上が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a file name for the document.</source>
        <extracomment>desktop/services/documents.py:37</extracomment>
        <translation>書類のファイル名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number.</source>
        <extracomment>desktop/domain/customers.py:132</extracomment>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number of months, zero or more.</source>
        <extracomment>desktop/domain/loans.py:107</extracomment>
        <translation>0以上の整数で月数を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number, zero or more.</source>
        <extracomment>desktop/domain/fees.py:387</extracomment>
        <translation>0以上の整数を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount in {currency}.</source>
        <extracomment>desktop/domain/loans.py:79</extracomment>
        <translation>{currency} で金額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount.</source>
        <extracomment>desktop/domain/loans.py:359 desktop/domain/money.py:248 desktop/domain/settlement.py:116</extracomment>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter income and obligations in one currency.</source>
        <extracomment>desktop/domain/customers.py:156</extracomment>
        <translation>収入と債務は同じ通貨で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the VIN or chassis number.</source>
        <extracomment>desktop/domain/assets.py:80</extracomment>
        <translation>車台番号を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the address of the property.</source>
        <extracomment>desktop/domain/assets.py:92</extracomment>
        <translation>不動産の所在地を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount approved.</source>
        <extracomment>desktop/ui/credit/dialogs.py:223</extracomment>
        <translation>承認額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount sent to the lender.</source>
        <extracomment>desktop/domain/releases.py:80</extracomment>
        <translation>金融機関への送金額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount the customer asks for.</source>
        <extracomment>desktop/services/credit.py:606</extracomment>
        <translation>顧客の申込額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the annual rate as an exact decimal, zero or more.</source>
        <extracomment>desktop/domain/credit/maximum.py:497</extracomment>
        <translation>年利を0以上の正確な小数で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the approved amount.</source>
        <extracomment>desktop/domain/credit/decisions.py:337</extracomment>
        <translation>承認額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the branch&apos;s name, as printed on documents.</source>
        <extracomment>desktop/domain/settings.py:56</extracomment>
        <translation>書類に印字される店舗名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the buyer and the day of settlement.</source>
        <extracomment>desktop/domain/settlement_inputs.py:388</extracomment>
        <translation>買主と決済日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central bank&apos;s USD rate to compare {amount} with 25,000 USD.</source>
        <extracomment>desktop/domain/credit/decisions.py:471</extracomment>
        <translation>{amount} を 25,000 USD と比較するため、中央銀行の USD レートを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central bank&apos;s {currency} rate to compare {amount} with 25,000 USD.</source>
        <extracomment>desktop/domain/credit/decisions.py:477</extracomment>
        <translation>{amount} を 25,000 USD と比較するため、中央銀行の {currency} レートを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central-bank rate as a positive number.</source>
        <extracomment>desktop/ui/credit/facts_form.py:327</extracomment>
        <translation>中央銀行レートは正の数で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the commission in {currency}.</source>
        <extracomment>desktop/domain/fees.py:198</extracomment>
        <translation>仲介手数料を {currency} で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the contract date.</source>
        <extracomment>desktop/ui/credit/dialogs.py:104 desktop/ui/credit/facts_form.py:359</extracomment>
        <translation>契約日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the currency of the exchange rate (e.g. USD).</source>
        <extracomment>desktop/ui/credit/facts_form.py:325</extracomment>
        <translation>為替レートの通貨を入力してください（例：USD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of birth.</source>
        <extracomment>desktop/domain/customers.py:112</extracomment>
        <translation>生年月日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the central-bank rate.</source>
        <extracomment>desktop/ui/credit/facts_form.py:329</extracomment>
        <translation>中央銀行レートの基準日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the copy was certified.</source>
        <extracomment>desktop/domain/credit/dossier.py:106</extracomment>
        <translation>写しの原本証明日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:150</extracomment>
        <translation>融資実行日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day it was done.</source>
        <extracomment>desktop/ui/credit/dialogs.py:380</extracomment>
        <translation>完了日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day of the sale.</source>
        <extracomment>desktop/domain/settlement_inputs.py:327</extracomment>
        <translation>売却日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day the cover starts.</source>
        <extracomment>desktop/ui/credit/dialogs.py:414</extracomment>
        <translation>保険期間の始期を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the document&apos;s title as on the inventory.</source>
        <extracomment>desktop/domain/credit/dossier.py:75</extracomment>
        <translation>書類目録に記載のとおりに書類名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the family name.</source>
        <extracomment>desktop/domain/customers.py:108</extracomment>
        <translation>姓を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the fee in {currency}, more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:211</extracomment>
        <translation>手数料を {currency} で、0より大きい額で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the floor area in m² as a number.</source>
        <extracomment>desktop/ui/credit/facts_form.py:348</extracomment>
        <translation>床面積を m² 単位の数値で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the given name.</source>
        <extracomment>desktop/domain/customers.py:110</extracomment>
        <translation>名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the insurer.</source>
        <extracomment>desktop/domain/credit/after_approval.py:211</extracomment>
        <translation>保険会社を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last day of the paid period.</source>
        <extracomment>desktop/ui/credit/dialogs.py:416</extracomment>
        <translation>払込済期間の末日を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lender&apos;s account number for this loan.</source>
        <extracomment>desktop/domain/loan_accounts.py:44</extracomment>
        <translation>このローンの金融機関の契約番号を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lender&apos;s name.</source>
        <extracomment>desktop/domain/lenders.py:37</extracomment>
        <translation>金融機関の名称を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the loan-to-value cap as an exact decimal.</source>
        <extracomment>desktop/domain/car_sale.py:119</extracomment>
        <translation>融資比率の上限を正確な小数で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the monthly amount, zero or more.</source>
        <extracomment>desktop/domain/fees.py:340</extracomment>
        <translation>0以上の月額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the mortgages, each with its own rank, 1 for the senior.</source>
        <extracomment>desktop/domain/short_sale.py:273 desktop/domain/short_sale.py:300</extracomment>
        <translation>抵当権をそれぞれの順位とともに入力してください（第1順位は 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new car&apos;s loan to check the roll-over.</source>
        <extracomment>desktop/domain/car_sale.py:226</extracomment>
        <translation>下取り差額の上乗せを確認するため、新車のローンを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new loan in the car price&apos;s currency, zero or more.</source>
        <extracomment>desktop/domain/car_sale.py:127</extracomment>
        <translation>新しいローンを車両価格と同じ通貨で、0以上で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the number of the identity document.</source>
        <extracomment>desktop/domain/customers.py:125</extracomment>
        <translation>本人確認書類の番号を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the number or scan reference of the signed consent form.</source>
        <extracomment>desktop/domain/customers.py:163 desktop/domain/retention.py:181</extracomment>
        <translation>署名済み同意書の番号またはスキャンデータの参照番号を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the offer in {currency}, more than zero.</source>
        <extracomment>desktop/services/settlements.py:220</extracomment>
        <translation>買付価格を {currency} で、0より大きい額で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the party&apos;s name.</source>
        <extracomment>desktop/domain/settlement.py:84</extracomment>
        <translation>当事者の名称を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the payoff in {currency}, more than zero.</source>
        <extracomment>desktop/domain/home_sale.py:275</extracomment>
        <translation>一括返済額を {currency} で、0より大きい額で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the person&apos;s name as it appears on documents.</source>
        <extracomment>desktop/domain/access.py:115</extracomment>
        <translation>書類に記載のとおりに氏名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the policy number.</source>
        <extracomment>desktop/domain/credit/after_approval.py:209</extracomment>
        <translation>保険証券番号を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the position of who certified the copy.</source>
        <extracomment>desktop/domain/credit/dossier.py:104</extracomment>
        <translation>写しに原本証明をした者の役職を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price in JPY, more than zero.</source>
        <extracomment>desktop/domain/short_sale.py:270 desktop/domain/short_sale.py:300</extracomment>
        <translation>価格を円（JPY）で、0より大きい金額で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price in {currency}, more than zero.</source>
        <extracomment>desktop/services/settlements.py:271</extracomment>
        <translation>価格を {currency} で、0より大きい額で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the rate as an exact decimal, never a binary float.</source>
        <extracomment>desktop/domain/loans.py:56</extracomment>
        <translation>利率は正確な小数で入力してください（2進浮動小数点は不可）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the rate in percent per year.</source>
        <extracomment>desktop/domain/rates.py:15</extracomment>
        <translation>利率を年率（%）で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the reference of the lender&apos;s payoff letter.</source>
        <extracomment>desktop/domain/payoffs.py:45</extracomment>
        <translation>金融機関の残債証明書の番号を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the residual value paid with the last installment.</source>
        <extracomment>desktop/domain/loans.py:155</extracomment>
        <translation>最終回に支払う残価を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener&apos;s fee for the discharge.</source>
        <extracomment>desktop/domain/home_sale.py:287</extracomment>
        <translation>抵当権抹消の司法書士報酬を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener&apos;s fee in JPY.</source>
        <extracomment>desktop/domain/fees.py:389</extracomment>
        <translation>司法書士報酬を円（JPY）で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sum insured.</source>
        <extracomment>desktop/domain/credit/after_approval.py:213 desktop/ui/credit/dialogs.py:419</extracomment>
        <translation>保険金額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the surname and initials of who certified the copy.</source>
        <extracomment>desktop/domain/credit/dossier.py:102</extracomment>
        <translation>写しに原本証明をした者の姓とイニシャルを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the year&apos;s tax, zero or more.</source>
        <extracomment>desktop/domain/fees.py:300</extracomment>
        <translation>年税額を0以上で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter this amount in {currency}.</source>
        <extracomment>desktop/domain/home_sale.py:138</extracomment>
        <translation>この金額は {currency} で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter what the customer consented to (the purpose).</source>
        <extracomment>desktop/domain/retention.py:179</extracomment>
        <translation>顧客が同意した内容（利用目的）を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who made the offer.</source>
        <extracomment>desktop/services/settlements.py:217</extracomment>
        <translation>買付申込者を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter why the data is erased (the legal ground).</source>
        <extracomment>desktop/domain/retention.py:357</extracomment>
        <translation>データを消去する理由（法的根拠）を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter {what} in {currency}, the currency of the policy.</source>
        <extracomment>desktop/domain/credit/after_approval.py:269</extracomment>
        <translation>{what} は保険証券の通貨である {currency} で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equity = price {price} − payoff to {lender} {payoff} = {equity}.</source>
        <extracomment>desktop/domain/car_sale.py:265</extracomment>
        <translation>差額（エクイティ）= 価格 {price} − {lender}への残債 {payoff} = {equity}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equity applied to the new car bought from {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{buyer}から購入する新車への差額の充当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasing the names would change the figures of version {version} of settlement {deal}: nothing was erased.</source>
        <extracomment>desktop/services/privacy.py:401</extracomment>
        <translation>氏名を消去すると精算 {deal} の第{version}版の金額が変わるため、何も消去しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External checks (book 4.1.1.8): filed on {filed_on}, so the answers are due by 12:00 local time ({zone}) the following day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:234</extracomment>
        <translation>外部照会（規程 4.1.1.8）：{filed_on} に照会したため、回答期限は翌日の現地時間（{zone}）12:00、{due_at} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the refusal.</source>
        <extracomment>desktop/domain/credit/decisions.py:361</extracomment>
        <translation>否決の理由を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor of someone else&apos;s provident fund loan; cannot borrow until it is repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>他人の公积金ローンの保証人です。その返済が終わるまで借入できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk: a private sale of a car under a loan. The buyer must pay first or advance the payoff; the seller must obtain the release papers from {lender} and re-register the car at the transport bureau (陸運支局) alone. Recommended only for professionals.</source>
        <extracomment>desktop/domain/car_sale.py:369</extracomment>
        <translation>高リスク：ローンが残る車の個人間売買です。買主が先に支払うか残債を立て替える必要があり、売主は{lender}から解除書類を取り寄せ、自ら陸運支局で名義変更をしなければなりません。慣れた方以外にはお勧めしません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk: a private sale. The seller and the buyer re-register the car at the transport bureau (陸運支局) alone, and no dealer stands between the money and the title. Recommended only for professionals.</source>
        <extracomment>desktop/domain/car_sale.py:375</extracomment>
        <translation>高リスク：個人間売買です。売主と買主が自ら陸運支局で名義変更を行い、代金と名義の間に販売店が入りません。慣れた方以外にはお勧めしません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds a valid residence certificate for {region}, the branch&apos;s region.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>支店の所在地域 {region} の有効な居住証明を保有しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the borrower cannot repay the {remaining} left, {guarantor} pays off {creditor} (代位弁済) and claims it from the borrower: negotiate a repayment plan with it.</source>
        <extracomment>desktop/domain/short_sale.py:588</extracomment>
        <translation>債務者が残る{remaining}を返済できない場合、{guarantor}が{creditor}に代位弁済し、債務者に請求します。同社と返済計画を協議してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income cannot be negative.</source>
        <extracomment>desktop/domain/customers.py:142</extracomment>
        <translation>収入はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used on {last_use}; the retention period of {months} months ({basis}) ended on {due_on}.</source>
        <extracomment>desktop/domain/retention.py:264</extracomment>
        <translation>最終利用日 {last_use}。保存期間 {months} か月（{basis}）は {due_on} に満了しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late charges on the arrears (遅延損害金) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>滞納分の遅延損害金（{association}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave exactly one of amount, rate, term and installment empty.</source>
        <extracomment>desktop/domain/loans.py:354</extracomment>
        <translation>金額、利率、期間、返済額のうち、ちょうど1つを空欄にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan with {lender} stays with the seller: not paid at this closing</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{lender}のローンは売主に残ります（本決済では返済しません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-priced vacant home (低廉な空家等): the client must agree to the higher fee in advance, when the brokerage contract is signed.</source>
        <extracomment>desktop/domain/fees.py:164</extracomment>
        <translation>低廉な空家等の特例：媒介契約の締結時に、依頼者が高い報酬額に事前に同意している必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-priced vacant home (低廉な空家等, price {price} ≤ {limit}, from {since}): up to {fee} + {tax_pct}% tax {tax} = {total} (the ordinary cap before tax is {ordinary})</source>
        <extracomment>desktop/domain/fees.py:170</extracomment>
        <translation>低廉な空家等（売買価格 {price} ≤ {limit}、{since}以降）：{fee} + 消費税{tax_pct}% {tax} = {total}まで（通常の上限は税抜{ordinary}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>管理費 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>管理費 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。起算日当日の決済のため、全額を買主が負担します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>管理費 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。この年は{length}日ありますが、慣行により買主の各日を税額の1/365で計算し、残りを売主負担とします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>管理費 {monthly}（{start}〜{end}、{days}日）：買主 {settlement_on}〜{end} = {buyer_days}日、{monthly} × {buyer_days}/{days} = {buyer_share}（四捨五入）を決済時に売主へ支払い。売主負担分 {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears (管理費滞納) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>管理費の滞納（{association}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}, without late charges {late} or parking. Enter the monthly fees to check the {months}-month cap.</source>
        <extracomment>desktop/domain/short_sale.py:368</extracomment>
        <translation>滞納管理費 {mgmt} + 滞納修繕積立金 {repair} = {arrears}（遅延損害金{late}・駐車場代を除く）。{months}か月の上限を確認するため月額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}; allowed up to {months} months (5 years) × ({monthly_mgmt} + {monthly_repair}) = {cap}, so {amount}; late charges {late} and parking are not allowed.</source>
        <extracomment>desktop/domain/short_sale.py:377</extracomment>
        <translation>滞納管理費 {mgmt} + 滞納修繕積立金 {repair} = {arrears}。上限は{months}か月（5年）×（{monthly_mgmt} + {monthly_repair}）= {cap}のため{amount}。遅延損害金{late}と駐車場代は認められません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marital status not recorded; a married borrower needs the spouse&apos;s notarised consent or the spouse as guarantor.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>婚姻状況が未記録です。既婚の借主は、配偶者の公証された同意書、または配偶者の保証が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing started on {start}: if the home is unsold after 3 to 6 months ({from_day} to {by_day}), the guarantor company often petitions for auction in parallel.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>{start} に販売活動を開始：3〜6か月（{from_day}〜{by_day}）経っても売れない場合、保証会社が並行して競売を申し立てることが多くあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married, but the spouse neither gives notarised consent nor signs as guarantor; one of the two is required.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>既婚ですが、配偶者が公証された同意も保証もしていません。どちらか一方が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married: record whether the spouse gives notarised consent or signs as guarantor.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>既婚：配偶者が公証された同意をするか、保証人として署名するかを記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married; the spouse {role}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>既婚：配偶者は{role}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mileage cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:89</extracomment>
        <translation>走行距離はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months of employment cannot be negative.</source>
        <extracomment>desktop/domain/customers.py:140</extracomment>
        <translation>勤続月数はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mortgage discharge registration and scrivener&apos;s fee ({scrivener})</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>抵当権抹消登記費用・司法書士報酬（{scrivener}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving allowance approved by {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>引越費用（{lender}承認済）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving allowance for the seller (approved by the lender)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>売主の引越費用（金融機関承認済）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving costs are paid from the price only if negotiated with the lender beforehand.</source>
        <extracomment>desktop/domain/short_sale.py:416</extracomment>
        <translation>引越費用は、事前に債権者と交渉した場合に限り売買代金から支払われます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving costs for the seller</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>売主の引越費用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the bankruptcy trustee (破産管財人).</source>
        <extracomment>desktop/domain/short_sale.py:289 desktop/domain/short_sale.py:300</extracomment>
        <translation>破産管財人を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the buyer&apos;s broker.</source>
        <extracomment>desktop/domain/home_sale.py:285</extracomment>
        <translation>買主側の仲介業者を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the guarantor company that paid off the bank.</source>
        <extracomment>desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:498</extracomment>
        <translation>銀行に代位弁済した保証会社を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the management association (管理組合) the arrears are owed to.</source>
        <extracomment>desktop/domain/home_sale.py:280</extracomment>
        <translation>滞納金の支払先である管理組合を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the management association (管理組合).</source>
        <extracomment>desktop/domain/short_sale.py:362</extracomment>
        <translation>管理組合を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the tax office the unpaid property tax goes to.</source>
        <extracomment>desktop/domain/home_sale.py:283</extracomment>
        <translation>未納の固定資産税の納付先となる税務署を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiated with the lender: {requested} asked, allowed up to {cap} (the source: about 300,000 is common).</source>
        <extracomment>desktop/domain/short_sale.py:411</extracomment>
        <translation>債権者と交渉済：申請{requested}、上限{cap}（30万円程度が一般的）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net proceeds paid to {seller}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{seller}への手取金の支払</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most {cap_pct}% of the new car&apos;s price {car_price} = {limit}: over the limit by {excess}. Rolling the shortfall into the new loan is refused; the customer must pay it in cash.</source>
        <extracomment>desktop/domain/car_sale.py:159</extracomment>
        <translation>新規ローン {loan} + 不足額 {shortfall} = {after}。{new_lender}の融資上限は新車価格 {car_price} の{cap_pct}% = {limit}で、上限を {excess} 超えます。新規ローンへの上乗せはできません。お客様が現金で支払う必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most {cap_pct}% of the new car&apos;s price {car_price} = {limit}: within the limit. The lender also screens income: confirm with it before promising the roll-over.</source>
        <extracomment>desktop/domain/car_sale.py:156</extracomment>
        <translation>新規ローン {loan} + 不足額 {shortfall} = {after}。{new_lender}の融資上限は新車価格 {car_price} の{cap_pct}% = {limit}で、上限内です。金融機関は収入も審査するため、上乗せを約束する前に必ず確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: model year {model_year} (contract {contract_date}), never in service, never registered, imported by a company or made in the country.</source>
        <extracomment>desktop/domain/credit/eligibility.py:362</extracomment>
        <translation>新車：年式 {model_year}（契約 {contract_date}）、使用歴・登録歴がなく、法人による輸入または国内製造。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consent to keep personal data is on file (last used on {last_use}).</source>
        <extracomment>desktop/domain/retention.py:259</extracomment>
        <translation>個人情報の保管に関する同意がありません（最終利用日 {last_use}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loan on the car: equity = price {price}.</source>
        <extracomment>desktop/domain/car_sale.py:263</extracomment>
        <translation>車にローンはありません：差額（エクイティ）= 価格 {price}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payment missed yet: ask the lender about rescheduling (interest-only for a while) before arrears begin.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>まだ延滞はありません。延滞が始まる前に、金融機関にリスケジュール（一定期間の利息のみ返済など）を相談してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provident fund loan being repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済中の公积金ローンはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No security chosen; the program requires one of: {accepted}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>担保が選ばれていません。この商品では次のいずれかが必要です：{accepted}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such line in the table.</source>
        <extracomment>desktop/domain/short_sale.py:206 desktop/services/settlements.py:249</extracomment>
        <translation>配分表にその項目はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicle recorded; new or used cannot be told.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>車両が未記録のため、新車か中古車か判定できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No working-day calendar for the country “{country}”.</source>
        <extracomment>desktop/domain/credit/calendar.py:54</extracomment>
        <translation>国「{country}」の営業日カレンダーがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a guarantor of anyone&apos;s provident fund loan.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>他人の公积金ローンの保証人ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a settlement line.</source>
        <extracomment>desktop/domain/settlement.py:200</extracomment>
        <translation>精算項目ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not deducted from the price: parking and bicycle-space fees do not pass to the buyer, so they stay the seller&apos;s own debt, to be paid by the seller even after moving out.</source>
        <extracomment>desktop/domain/home_sale.py:203</extracomment>
        <translation>売買代金からは控除しません：駐車場・駐輪場の使用料は買主に承継されないため売主自身の債務として残り、退去後も売主が支払います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not married: no spouse&apos;s consent or guarantee is needed.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未婚：配偶者の同意・保証は不要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid from the price: late charges {late} and arrears beyond 5 years {beyond}. The association can claim unpaid fees from the buyer, so agree before the contract who pays them: the seller, or the buyer on top of the price.</source>
        <extracomment>desktop/domain/short_sale.py:387</extracomment>
        <translation>売買代金からは支払われません：遅延損害金{late}と5年を超える滞納分{beyond}。管理組合は未払分を買主に請求できるため、契約前に負担者（売主か、代金とは別に買主か）を取り決めてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant guarantees someone else&apos;s provident fund loan.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>申込者が他人の公积金ローンを保証しているかが未記録です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant is under investigation or on trial.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>申込者が捜査・公判中であるかが未記録です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant still repays a provident fund loan; only one is allowed at a time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>申込者が公积金ローンを返済中かどうかが未記録です。同時に利用できるのは1件のみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the provident fund is paid in full and on time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金の納付が全額・期限どおりに行われているかが未記録です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not under investigation or on trial.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>捜査・公判中ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing falls due after this day: take a payoff quote.</source>
        <extracomment>desktop/domain/loans.py:468</extracomment>
        <translation>この日以降に期日が到来するものはありません。一括返済額を試算してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligation {number}: enter its limit.</source>
        <extracomment>desktop/domain/customers.py:148</extracomment>
        <translation>債務 {number}：利用枠を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligation {number}: enter its monthly payment.</source>
        <extracomment>desktop/domain/customers.py:150</extracomment>
        <translation>債務 {number}：毎月の返済額を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers are recorded for the sale of a car.</source>
        <extracomment>desktop/services/settlements.py:214</extracomment>
        <translation>買付申込は車両の売却について記録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One repayment at maturity is only for terms of up to 12 months.</source>
        <extracomment>desktop/domain/loans.py:146</extracomment>
        <translation>期日一括返済は返済期間12か月以下に限られます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a copy is certified «копия верна»; this is an original.</source>
        <extracomment>desktop/domain/credit/dossier.py:96</extracomment>
        <translation>「копия верна」（原本証明）は写しにのみ行います。これは原本です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a draft application can be submitted; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>提出できるのは作成中の申込のみです。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a positive decision can be cleared; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>最終確認できるのは承認決定のみです。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a refused application goes to the refusals folder; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>否決分ファイルに保管できるのは否決された申込のみです。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a residual-value (balloon) loan has a residual.</source>
        <extracomment>desktop/domain/loans.py:153</extracomment>
        <translation>残価があるのは残価設定ローンのみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in can roll a shortfall into a new loan; a sale alone must pay it first.</source>
        <extracomment>desktop/domain/car_sale.py:223</extracomment>
        <translation>不足額を新しいローンに上乗せできるのは下取りのみです。売却のみの場合は先に支払う必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in comes with a new car.</source>
        <extracomment>desktop/domain/car_sale.py:218</extracomment>
        <translation>新車が伴うのは下取りのみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in has a new car to apply the equity to.</source>
        <extracomment>desktop/domain/car_sale.py:232</extracomment>
        <translation>下取り差額を充当する新車があるのは下取りのみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a voluntary sale has a distribution table.</source>
        <extracomment>desktop/services/settlements.py:404 desktop/services/settlements.py:473</extracomment>
        <translation>配分表があるのは任意売却のみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an application with the decision centre can be approved; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>承認できるのは審査センターで審査中の申込のみです。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an application with the decision centre can be refused; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>否決できるのは審査センターで審査中の申込のみです。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one prepayment per period, after the last one: wait for the next due date.</source>
        <extracomment>desktop/domain/loans.py:472</extracomment>
        <translation>繰上返済は1期につき1回まで、前回の後に限られます。次の約定日までお待ちください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the income certificate and the employer-certified copy of the work record may be returned after a refusal (book 4.1.1.8); {codes} stay in the dossier.</source>
        <extracomment>desktop/domain/credit/decisions.py:396</extracomment>
        <translation>否決後に返却できるのは収入証明書と勤務先が原本証明をした労働手帳の写しのみです（規程 4.1.1.8）。{codes} は与信ファイルに残ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer at the contract and held by {holder}, not by the seller, so that it cannot be spent before settlement; credited to the buyer now.</source>
        <extracomment>desktop/domain/home_sale.py:156</extracomment>
        <translation>契約時に買主が支払い、決済前に使われないよう売主ではなく{holder}が預かっています。本決済で買主の支払に充当します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer at the contract to the seller, who already has it: credited to the buyer and taken off what the seller receives now.</source>
        <extracomment>desktop/domain/home_sale.py:156</extracomment>
        <translation>契約時に買主から売主へ支払済みです。買主の支払に充当し、本決済で売主が受け取る額から差し引きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount} お客様が登録上の所有者のため、債務を残したまま（記録のうえ）名義を移すこともできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount} お客様が登録上の所有者のため、債務を残したまま（記録のうえ）名義を移すこともできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount}（金融機関の残債証明 {reference} による）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount}（金融機関の残債証明 {reference} による）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}, which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount}（残価設定型ローンの残価 {residual} を含む）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}, which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount}（残価設定型ローンの残価 {residual} を含む）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>解除前に買主{buyer}が{lender}へ直接支払い（代金からの立替）：残債 {amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parking and bicycle-space arrears are not paid from the price: they stay the seller&apos;s own debt.</source>
        <extracomment>desktop/domain/short_sale.py:393</extracomment>
        <translation>駐車場・駐輪場使用料の滞納は売買代金から支払われず、売主自身の債務として残ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parking arrears (駐車場代): the seller&apos;s own debt</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>駐車場代の滞納：売主自身の債務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments missed since {first}: after about 6 months (around {expected}) the guarantor company pays off the bank (代位弁済) and can petition for auction. Consult the lender now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>{first} から返済が滞っています：約6か月後（{expected} 頃）に保証会社が銀行へ代位弁済し、競売を申し立てることがあります。すぐに金融機関に相談してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments missed since {first}: after about 6 months (from {expected}) the guarantor company pays off the bank (代位弁済) and then petitions for auction. Contact the lender now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>{first} から返済が滞っています：約6か月後（{expected} 以降）に保証会社が銀行へ代位弁済し、その後競売を申し立てます。すぐに金融機関に連絡してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the car loan to {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{lender}へのオートローン残債の一括返済</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage on the settlement day per the lender&apos;s letter {reference}: {amount}; {lender} hands over the discharge papers against it.</source>
        <extracomment>desktop/domain/home_sale.py:317</extracomment>
        <translation>決済日における{rank}抵当権の返済額（金融機関の残債証明 {reference} による）：{amount}。{lender}はこれと引換えに抵当権抹消書類を交付します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage on the settlement day: {amount}; {lender} hands over the discharge papers against it.</source>
        <extracomment>desktop/domain/home_sale.py:317</extracomment>
        <translation>決済日における{rank}抵当権の返済額：{amount}。{lender}はこれと引換えに抵当権抹消書類を交付します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage to {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{rank}抵当権の債務返済（{lender}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff {payoff} + fees {fees} − price {price} = shortfall {shortfall}.</source>
        <extracomment>desktop/domain/car_sale.py:331</extracomment>
        <translation>残債 {payoff} + 手数料 {fees} − 価格 {price} = 不足額 {shortfall}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periods are set for JP, RU, CN and other countries only.</source>
        <extracomment>desktop/domain/retention.py:148</extracomment>
        <translation>保存期間を設定できるのは JP、RU、CN とその他の国のみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanently registered in {region}, but the branch is in {branch_region}; the loan is issued only in the region of registration.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>{region} に常住登録されていますが、支店は {branch_region} にあります。融資は登録地域でのみ行われます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanently registered in {region}, the branch&apos;s region ({branch_region}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>支店の地域（{branch_region}）である {region} に常住登録されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision cleared by {user} at {at} after the interview ({usd} equivalent).</source>
        <extracomment>desktop/domain/credit/decisions.py:293</extracomment>
        <translation>{user} が {at} に面談のうえ承認決定を確認しました（{usd} 相当）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision cleared by {user} at {at}; no interview needed ({usd} equivalent).</source>
        <extracomment>desktop/domain/credit/decisions.py:297</extracomment>
        <translation>{user} が {at} に承認決定を確認しました。面談は不要です（{usd} 相当）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price paid by the private buyer {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>個人の買主{buyer}が支払う代金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} + the buyer&apos;s prorations {prorations} − earnest money the seller already holds {held} − approved lines {deductions} = {left}, paid to the creditors in rank order up to their debts: {amount} to {creditor} (debt {balance}).</source>
        <extracomment>desktop/domain/short_sale.py:551</extracomment>
        <translation>売買代金 {price} + 買主の精算金 {prorations} − 売主受領済の手付金 {held} − 承認済の控除額 {deductions} = {left} を、債権額を限度に順位順で債権者へ配分：{creditor}へ{amount}（債権額 {balance}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} less the down payment {down} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>価格 {price} − 頭金 {down} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} less the down payment {down} reduced by the financed insurance {insurance} (that is, {effective}) = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>価格 {price} −（頭金 {down} − 融資に含める保険料 {insurance}、すなわち {effective}）= {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} − payoff {payoff} − fees {fees} = {surplus}.</source>
        <extracomment>desktop/domain/car_sale.py:321</extracomment>
        <translation>価格 {price} − 残債 {payoff} − 手数料 {fees} = {surplus}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program {program} sets no limit that applies to a {purpose} loan.</source>
        <extracomment>desktop/domain/credit/maximum.py:514</extracomment>
        <translation>商品 {program} には資金使途「{purpose}」の融資に適用される上限がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of payment cannot come before the payment.</source>
        <extracomment>desktop/domain/credit/after_approval.py:217</extracomment>
        <translation>支払証明の日付を支払日より前にすることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>固定資産税・都市計画税 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>固定資産税・都市計画税 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。起算日当日の決済のため、全額を買主が負担します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>固定資産税・都市計画税 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。この年は{length}日ありますが、慣行により買主の各日を税額の1/365で計算し、残りを売主負担とします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>固定資産税・都市計画税 {monthly}（{start}〜{end}、{days}日）：買主 {settlement_on}〜{end} = {buyer_days}日、{monthly} × {buyer_days}/{days} = {buyer_share}（四捨五入）を決済時に売主へ支払い。売主負担分 {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax the seller has not paid, settled from the proceeds</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>売主の未納固定資産税（売却代金から納付）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident fund centre deadline (Housing Provident Fund Regulations, art. 26): a decision within {days} calendar days after the application was accepted on {accepted}: {accepted} + {days} days = by the end of {last_day} ({zone} time).</source>
        <extracomment>desktop/domain/credit/deadlines.py:210</extracomment>
        <translation>公积金センターの期限（住房公积金管理条例 第26条）：申請受理日 {accepted} から {days} 暦日以内に決定：{accepted} + {days} 日 = {last_day} の終わりまで（{zone} 時間）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident repayment record not checked: more than {limit} periods overdue and unpaid is a bad record.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金の返済記録が未確認です：{limit} 期を超える延滞・未払いは不良記録となります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase price of the car paid by {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>車両買取価格（{buyer}が支払）</translation>
    </message>
    <message>
        <location line="+552"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <extracomment>desktop/domain/dates.py:27</extracomment>
        <translation>「{text}」は日付ではありません（YYYY-MM-DD 形式で入力してください）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a date on the calendar.</source>
        <extracomment>desktop/domain/dates.py:35</extracomment>
        <translation>「{text}」は存在しない日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a rate in percent.</source>
        <extracomment>desktop/domain/rates.py:19</extracomment>
        <translation>「{text}」はパーセントの率ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not an amount.</source>
        <extracomment>desktop/domain/money.py:255 desktop/domain/money.py:285</extracomment>
        <translation>「{text}」は金額ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is too large for an amount.</source>
        <extracomment>desktop/domain/money.py:294</extracomment>
        <translation>「{text}」は金額として大きすぎます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” mixes separators.</source>
        <extracomment>desktop/domain/money.py:271</extracomment>
        <translation>「{text}」は区切り記号が混在しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{zone}” is not a time zone name such as Europe/Moscow.</source>
        <extracomment>desktop/domain/credit/deadlines.py:98</extracomment>
        <translation>「{zone}」は Europe/Moscow のようなタイムゾーン名ではありません。</translation>
    </message>
    <message>
        <location line="-562"/>
        <source>Record at least one offer.</source>
        <extracomment>desktop/domain/car_sale.py:412</extracomment>
        <translation>買付申込を1件以上記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record every offer in {currency}.</source>
        <extracomment>desktop/domain/car_sale.py:415</extracomment>
        <translation>買付申込はすべて {currency} で記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the customer&apos;s consent to keep personal data.</source>
        <extracomment>desktop/domain/customers.py:159</extracomment>
        <translation>個人情報の保管に関する顧客の同意を記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the remaining debt: {seller} still owes {lender} {amount} after the sale.</source>
        <extracomment>desktop/domain/car_sale.py:283</extracomment>
        <translation>残債を記録してください：売却後も{seller}は{lender}に{amount}の残債があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record when the payoff was sent first.</source>
        <extracomment>desktop/domain/releases.py:77</extracomment>
        <translation>先に完済金の送金を記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the car is technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>車両が技術的に良好で使用可能かを記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the seller is a partner dealer: used cars only from partner dealers.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>売主が提携販売店かどうかを記録してください（中古車は提携販売店からのみ）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record why the lender refused the line.</source>
        <extracomment>desktop/domain/short_sale.py:228</extracomment>
        <translation>債権者が項目を否認した理由を記録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed by the branch manager {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:380</extracomment>
        <translation>店長 {user} が {at} に否決通知に署名しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by {user} at {at}: {reason}. The dossier is marked refused.</source>
        <extracomment>desktop/domain/credit/decisions.py:364</extracomment>
        <translation>{user} が {at} に否決：{reason}。与信ファイルは否決として扱われます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region of permanent registration not recorded; the branch is in {branch_region}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>常住登録地域が未記録です。支店は {branch_region} にあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>登録免許税 1,000円 ×（土地{parcels}筆 + 建物{buildings}棟）= 抵当権1件あたり{uncapped}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage × {mortgages} mortgages = {tax}; scrivener&apos;s fee {fee}; total {total}.</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>登録免許税 1,000円 ×（土地{parcels}筆 + 建物{buildings}棟）= 抵当権1件あたり{uncapped} × 抵当権{mortgages}件 = {tax}、司法書士報酬 {fee}、合計 {total}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage, capped at {cap} for an application of more than 20 properties</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>登録免許税 1,000円 ×（土地{parcels}筆 + 建物{buildings}棟）= 抵当権1件あたり{uncapped}（20物件を超える申請のため上限{cap}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax for the mortgage discharge (抵当権抹消登記), paid through {scrivener}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>抵当権抹消登記の登録免許税（{scrivener}経由で納付）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release of the tax seizure by {office}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>差押えの解除（{office}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release payment (ハンコ代) to {creditor}, rank {rank} lien</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>抵当権解除料（ハンコ代）：{creditor}（{rank}番抵当権者）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release payment to the rank {rank} lienholder {creditor}: the lower of {tier} and {pct}% of its remaining principal {principal} = {ten}, so at most {cap}.</source>
        <extracomment>desktop/domain/short_sale.py:259</extracomment>
        <translation>{rank}番抵当権者{creditor}への解除料：{tier}と残元金{principal}の{pct}%（{ten}）のいずれか低い額、上限{cap}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release time is 0 to 365 days.</source>
        <extracomment>desktop/domain/lenders.py:39</extracomment>
        <translation>書類発送日数は0〜365日です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>修繕積立金 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>修繕積立金 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。起算日当日の決済のため、全額を買主が負担します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>修繕積立金 {annual}（{start}〜{end}の年額）：売主 {start}〜{seller_last} = {seller_days}日、買主 {settlement_on}〜{end} = {buyer_days}日。買主負担分 {annual} × {buyer_days}/{basis} = {buyer_share}（四捨五入）を決済時に売主へ支払い、売主負担分は {annual} − {buyer_share} = {seller_share}。この年は{length}日ありますが、慣行により買主の各日を税額の1/365で計算し、残りを売主負担とします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>修繕積立金 {monthly}（{start}〜{end}、{days}日）：買主 {settlement_on}〜{end} = {buyer_days}日、{monthly} × {buyer_days}/{days} = {buyer_share}（四捨五入）を決済時に売主へ支払い。売主負担分 {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve arrears (修繕積立金滞納) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>修繕積立金の滞納（{association}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual-value loan (残価設定型): the payoff {amount} includes the residual {residual}. If no offer covers it, the customer may pay it in cash, or return the car under the contract and take a new loan.</source>
        <extracomment>desktop/domain/car_sale.py:303</extracomment>
        <translation>残価設定型ローン：残債 {amount} には残価 {residual} が含まれます。これを上回る買取額がない場合は、現金で支払うか、契約に基づき車両を返却して新たにローンを組む方法があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the borrower at their request on {on} by {user}: {codes}; copies kept in the dossier and noted on the inventory.</source>
        <extracomment>desktop/domain/credit/decisions.py:410</extracomment>
        <translation>{on} に借主の求めにより {user} が返却：{codes}。写しを与信ファイルに保管し、書類目録に記載しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price (売買代金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>売買代金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price (売買代金) approved by {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>売買代金（{lender}承認済）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the negative opinion rests on.</source>
        <extracomment>desktop/domain/credit/decisions.py:271</extracomment>
        <translation>否定的意見の根拠を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrivener&apos;s fee for the discharge</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>抵当権抹消登記の司法書士報酬</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secured by {kind}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>担保：{kind}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security by {kind} is not one the program takes ({accepted}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>担保「{kind}」はこの商品では認められません（認められる担保：{accepted}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security review by {user}: preliminary opinion {opinion}; sent to the decision centre at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:274</extracomment>
        <translation>{user} によるセキュリティ審査：事前意見 {opinion}。{at} に審査センターへ送付しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized by {office}: allowed up to {cap} (enter one year&apos;s property tax: the cap is the lower of the two).</source>
        <extracomment>desktop/domain/short_sale.py:340</extracomment>
        <translation>{office}による差押え：{cap}まで認められます（固定資産税1年分を入力してください。上限はいずれか低い額です）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized by {office}: {amount}; allowed up to the lower of one year&apos;s property tax {annual} and {limit} = {cap}.</source>
        <extracomment>desktop/domain/short_sale.py:344</extracomment>
        <translation>{office}による差押え：{amount}。固定資産税1年分{annual}と{limit}のいずれか低い額{cap}まで認められます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized taxes owed to {office} (priority tax)</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>差押えの税金（{office}、優先税）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short by {amount}: the money collected ({money_in}) does not cover the payouts ({money_out}). {seller} must bring {amount} to {agent} before the closing.</source>
        <extracomment>desktop/domain/settlement.py:331</extracomment>
        <translation>{amount}不足しています：受け取る資金（{money_in}）では支払（{money_out}）をまかなえません。決済前に{seller}が{agent}へ{amount}を持参する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortfall rolled into the new loan from {lender} (上乗せ)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>不足額を{lender}の新規ローンに上乗せ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold by a partner dealer (cooperation agreement with the bank).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>提携販売店（銀行と提携契約あり）による販売。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still repaying a provident fund loan; no new one before it is repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金ローンを返済中です。完済するまで新たな借入はできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus paid to {seller}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{seller}への差額の支払</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus paid to {seller} after {lender} releases the lien</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{lender}の所有権解除後に{seller}へ支払う差額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax due before the mortgage was registered (優先税): it ranks ahead of the mortgage, so it is paid in full: {amount}.</source>
        <extracomment>desktop/domain/short_sale.py:333</extracomment>
        <translation>抵当権の設定登記より前に納期限が到来した税金（優先税）は抵当権に優先するため、全額を支払います：{amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes seized by {office}: {excess} above the cap stays the seller&apos;s own debt; the office must still agree to lift the seizure.</source>
        <extracomment>desktop/domain/short_sale.py:350</extracomment>
        <translation>{office}の差押えの税金：上限を超える{excess}は売主自身の債務として残ります。差押えの解除には同庁の同意も必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>技術的に良好で使用可能。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That clears the whole loan: take a payoff quote.</source>
        <extracomment>desktop/domain/loans.py:476</extracomment>
        <translation>これでローン全額の完済となります：一括返済額を試算してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator already exists.</source>
        <extracomment>desktop/services/users.py:62</extracomment>
        <translation>管理者はすでに存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount approved is above the maximum of {maximum} ({rule}).</source>
        <extracomment>desktop/services/credit.py:400</extracomment>
        <translation>承認額が融資上限額 {maximum}（{rule}）を超えています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be negative.</source>
        <extracomment>desktop/domain/loans.py:83</extracomment>
        <translation>金額はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be more than zero.</source>
        <extracomment>desktop/domain/loans.py:81 desktop/services/loans.py:136</extracomment>
        <translation>金額は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount requested is above the maximum of {maximum}; lower it first.</source>
        <extracomment>desktop/services/credit.py:384</extracomment>
        <translation>申込額が融資上限額 {maximum} を超えています。先に減額してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant does not meet the program&apos;s rules: {reasons}</source>
        <extracomment>desktop/services/credit.py:378</extracomment>
        <translation>申込者は商品の要件を満たしていません：{reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant is under investigation or on trial; the program does not lend to them.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>申込者は捜査・公判中のため、この商品では融資できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s and the spouse&apos;s fund balances {balance} is under {floor} and counts as {counted}; × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>申込者と配偶者の公积金残高 {balance} は {floor} 未満のため {counted} とみなします。× {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s and the spouse&apos;s fund balances {balance} × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>申込者と配偶者の公积金残高 {balance} × {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application cannot be submitted while the dossier has {count} gap(s): {codes}.</source>
        <extracomment>desktop/domain/credit/decisions.py:246</extracomment>
        <translation>与信ファイルに不足書類が {count} 件あるため、申込を提出できません：{codes}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application has been submitted: its facts are as the bank judged them and no longer change.</source>
        <extracomment>desktop/services/credit.py:314</extracomment>
        <translation>申込は提出済みです。申込内容は銀行が審査したときのまま確定しており、変更できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application&apos;s stored {what} cannot be read ({error}); restore a backup or call support.</source>
        <extracomment>desktop/services/credit.py:791</extracomment>
        <translation>申込に保存された{what}を読み取れません（{error}）。バックアップから復元するか、サポートに連絡してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The auction ratio is an exact decimal above 0 and at most 1.</source>
        <extracomment>desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:655</extracomment>
        <translation>競売の想定売却率は0より大きく1以下の正確な小数です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balance cannot go below the residual of {residual}.</source>
        <extracomment>desktop/domain/loans.py:480</extracomment>
        <translation>残高は残価 {residual} を下回ることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower cannot be told of the decision before the application was received.</source>
        <extracomment>desktop/domain/credit/deadlines.py:257</extracomment>
        <translation>申込受付前に審査結果を借主に通知することはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower must be interviewed in person before the decision is cleared: {explanation}</source>
        <extracomment>desktop/domain/credit/decisions.py:287</extracomment>
        <translation>承認決定を最終確認する前に、借主と対面で面談する必要があります：{explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The branch&apos;s region is not set; registration cannot be checked.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>支店の地域が未設定のため、登録地を確認できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brokerage commission cap is for prices in JPY.</source>
        <extracomment>desktop/domain/fees.py:131</extracomment>
        <translation>仲介手数料の上限は円建ての価格にのみ適用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The buyer and the seller are the same party.</source>
        <extracomment>desktop/domain/car_sale.py:204 desktop/domain/settlement.py:193</extracomment>
        <translation>買主と売主が同じ当事者です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The buyer&apos;s shares of the property tax and fees are paid to the seller and, like the rest of the price, go to {lender}.</source>
        <extracomment>desktop/domain/short_sale.py:512</extracomment>
        <translation>買主が負担する固定資産税・管理費等の精算金は売主に支払われ、売買代金の残額と同様に{lender}へ配分されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing account is not a party to the deal.</source>
        <extracomment>desktop/domain/settlement.py:196</extracomment>
        <translation>決済口座は取引の当事者ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commission cannot be negative.</source>
        <extracomment>desktop/domain/fees.py:200</extracomment>
        <translation>仲介手数料はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commission cannot exceed the legal cap of {cap} without an override and its reason.</source>
        <extracomment>desktop/domain/fees.py:202</extracomment>
        <translation>上限超過の承認とその理由がない限り、仲介手数料は法定上限額 {cap} を超えられません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent date is in the future.</source>
        <extracomment>desktop/domain/customers.py:161 desktop/domain/retention.py:177</extracomment>
        <translation>同意日が未来の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The costs proposed ({costs}) exceed the price {price}: nothing is left for {lender}.</source>
        <extracomment>desktop/domain/short_sale.py:428</extracomment>
        <translation>申請した費用（{costs}）が売買価格{price}を上回り、{lender}への配分が残りません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The court&apos;s notice of commencement (競売開始決定) is dated {day}: the auction is under way.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>競売開始決定の日付は {day} です：競売手続が進行中です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The creditors would receive {loss} less than at auction: the lender may refuse the voluntary sale at this price.</source>
        <extracomment>desktop/domain/short_sale.py:696</extracomment>
        <translation>債権者の回収額が競売より{loss}少なくなるため、この価格では債権者が任意売却に応じない可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is not right.</source>
        <extracomment>desktop/services/users.py:139</extracomment>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is the owner of record, so the title moves without a release from {lender}; the debt of {amount} remains and must still be repaid.</source>
        <extracomment>desktop/domain/car_sale.py:279</extracomment>
        <translation>お客様が登録上の所有者のため、{lender}の解除なしに名義が移ります。ただし債務 {amount} は残り、引き続き返済が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer must be at least 18 years old.</source>
        <extracomment>desktop/domain/customers.py:116</extracomment>
        <translation>顧客は18歳以上である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is in the future.</source>
        <extracomment>desktop/domain/customers.py:114</extracomment>
        <translation>生年月日が未来の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debt can stay with the customer only when the customer is the owner of record; otherwise the lender must be paid off to release the title.</source>
        <extracomment>desktop/domain/car_sale.py:229</extracomment>
        <translation>債務を顧客に残せるのは、顧客が登録上の所有者である場合のみです。それ以外の場合は、名義を移すために金融機関へ完済する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debt must be more than zero.</source>
        <extracomment>desktop/domain/short_sale.py:279 desktop/domain/short_sale.py:300</extracomment>
        <translation>債権額は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The distribution table has changed since the lender&apos;s decisions: set its lines again.</source>
        <extracomment>desktop/domain/settlement_inputs.py:357</extracomment>
        <translation>債権者の判断後に配分表が変更されました：各項目をもう一度設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document is empty; it was not issued.</source>
        <extracomment>desktop/services/documents.py:39</extracomment>
        <translation>書類が空のため、発行しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document number is too short.</source>
        <extracomment>desktop/domain/customers.py:127</extracomment>
        <translation>書類番号が短すぎます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document&apos;s issue date is in the future.</source>
        <extracomment>desktop/domain/customers.py:129</extracomment>
        <translation>書類の発行日が未来の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier of a submitted application is closed.</source>
        <extracomment>desktop/services/credit.py:367</extracomment>
        <translation>提出済みの申込の与信ファイルは締め切られています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier of a submitted application is closed; only returns after a refusal are recorded.</source>
        <extracomment>desktop/services/credit.py:345</extracomment>
        <translation>提出済みの申込の与信ファイルは締め切られています。記録できるのは否決後の返却のみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due day must be a day of the month, 1 to 31.</source>
        <extracomment>desktop/domain/loans.py:148</extracomment>
        <translation>約定返済日は月の日付（1〜31）で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earnest money is part of the price: it cannot exceed it.</source>
        <extracomment>desktop/domain/home_sale.py:269 desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:496</extracomment>
        <translation>手付金は売買代金の一部のため、代金を超えることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employment start is in the future.</source>
        <extracomment>desktop/domain/customers.py:138</extracomment>
        <translation>入社日が未来の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The floor area must be more than zero.</source>
        <extracomment>desktop/domain/assets.py:94</extracomment>
        <translation>床面積は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fund balance {balance} is under {floor} and counts as {counted}; × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>公积金残高 {balance} は {floor} 未満のため {counted} とみなします。× {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fund balance {balance} × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>公积金残高 {balance} × {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guarantor company paid off the bank on {day} (代位弁済): it can petition for auction at once. Start the voluntary sale now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>保証会社が {day} に銀行へ代位弁済しました：直ちに競売を申し立てることができます。すぐに任意売却を始めてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installment cannot repay the loan in 600 months.</source>
        <extracomment>desktop/domain/loans.py:394</extracomment>
        <translation>この返済額では600か月以内にローンを返済できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installment does not even cover the interest: it never repays.</source>
        <extracomment>desktop/domain/loans.py:387</extracomment>
        <translation>返済額が利息にも満たないため、返済が終わりません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installments add up to less than the loan amount.</source>
        <extracomment>desktop/domain/loans.py:404</extracomment>
        <translation>返済額の合計が借入額に足りません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender has not decided lines {lines} of the distribution table.</source>
        <extracomment>desktop/domain/settlement_inputs.py:385 desktop/domain/short_sale.py:491</extracomment>
        <translation>債権者は配分表の項目 {lines} をまだ判断していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender&apos;s figure differs from the desk&apos;s estimate by {gap}: check the payments recorded and the letter before relying on either.</source>
        <extracomment>desktop/domain/payoffs.py:93</extracomment>
        <translation>金融機関の金額と窓口の試算に {gap} の差があります：どちらかに依拠する前に、記録済みの返済と残債証明を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender&apos;s payoff letter {reference} expired on {good_through}: extended by {days} days × {per_diem} per diem. Ask the lender for a new letter before paying.</source>
        <extracomment>desktop/domain/payoffs.py:87</extracomment>
        <translation>金融機関の残債証明 {reference} は {good_through} で有効期限が切れています：{days} 日 × 日割利息 {per_diem} を加算しました。支払い前に金融機関へ新しい残債証明を依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter cannot be received in the future.</source>
        <extracomment>desktop/domain/payoffs.py:55</extracomment>
        <translation>残債証明の受領日を未来の日付にはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line goes through {party}&apos;s account; this closing is run by {agent}.</source>
        <extracomment>desktop/domain/settlement.py:207</extracomment>
        <translation>この項目は{party}の口座を経由しますが、この決済は{agent}が取り扱っています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan amount must be more than zero.</source>
        <extracomment>desktop/domain/loans.py:142</extracomment>
        <translation>借入額は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan is in {currency}.</source>
        <extracomment>desktop/domain/releases.py:82</extracomment>
        <translation>ローンの通貨は {currency} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan is in {currency}; enter the letter&apos;s figures in {currency}.</source>
        <extracomment>desktop/domain/payoffs.py:48</extracomment>
        <translation>ローンの通貨は {currency} です。残債証明書の金額を {currency} で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan may not exceed the price {price}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>融資額は価格 {price} を超えられません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan&apos;s payoff is taken for today or a later day: change the day of the sale.</source>
        <extracomment>desktop/services/settlements.py:523</extracomment>
        <translation>ローンの一括返済額は当日以降の日付で算出します：売却日を変更してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan-to-value cap is more than 0 % and at most 200 %.</source>
        <extracomment>desktop/domain/car_sale.py:123</extracomment>
        <translation>融資比率の上限は0%より大きく200%以下です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The low-priced vacant home rule (up to 300,000 + tax) applies from {since}; on {on} the ordinary cap applies.</source>
        <extracomment>desktop/domain/fees.py:154</extracomment>
        <translation>低廉な空家等の特例（30万円＋消費税まで）は{since}から適用されます。{on}時点では通常の上限が適用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The low-priced vacant home rule is for prices of {limit} or less; at {price} the ordinary cap applies.</source>
        <extracomment>desktop/domain/fees.py:158</extracomment>
        <translation>低廉な空家等の特例は売買価格{limit}以下が対象です。{price}では通常の上限が適用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum amount cannot be worked out yet: {problems}</source>
        <extracomment>desktop/services/credit.py:381</extracomment>
        <translation>融資上限額はまだ算出できません：{problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The monthly repayment may be at most {share} % of the family&apos;s monthly income {income}, that is {ceiling}. At {rate} % a year over {term} months ({method}) the largest loan within it is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>毎月の返済額は世帯月収 {income} の {share} %、すなわち {ceiling} までです。年利 {rate} %、{term} か月（{method}）の場合、この範囲に収まる最大の融資額は {limit}（月々の返済額 {payment}）です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new car must be priced in {currency}.</source>
        <extracomment>desktop/domain/car_sale.py:220</extracomment>
        <translation>新車の価格は {currency} で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new car&apos;s price must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:125</extracomment>
        <translation>新車の価格は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new loan from {new_lender} rises to {after}: the customer repays the old car&apos;s shortfall with the new car.</source>
        <extracomment>desktop/domain/car_sale.py:349</extracomment>
        <translation>{new_lender}の新規ローンは{after}に増えます。旧車の不足額は新車のローンで返済することになります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of buildings cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:98</extracomment>
        <translation>建物の数はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of land parcels cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:96</extracomment>
        <translation>土地の筆数はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paid period cannot end before it starts.</source>
        <extracomment>desktop/domain/credit/after_approval.py:215</extracomment>
        <translation>支払対象期間の終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payer and the payee are the same party.</source>
        <extracomment>desktop/domain/settlement.py:123</extracomment>
        <translation>支払者と受取者が同じ当事者です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment date is before the loan was paid out.</source>
        <extracomment>desktop/services/loans.py:138</extracomment>
        <translation>返済日が融資実行日より前です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment date is in the future.</source>
        <extracomment>desktop/services/loans.py:140</extracomment>
        <translation>返済日が未来の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff amount must be more than zero.</source>
        <extracomment>desktop/domain/payoffs.py:51</extracomment>
        <translation>一括返済額は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff must be in the price&apos;s currency ({currency}).</source>
        <extracomment>desktop/domain/car_sale.py:215</extracomment>
        <translation>一括返済額は価格と同じ通貨（{currency}）にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:79</extracomment>
        <translation>一括返済額は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。お客様が登録上の所有者のため、債務を残したまま（記録のうえ）名義を移すこともできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。お客様が登録上の所有者のため、債務を残したまま（記録のうえ）名義を移すこともできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。（金融機関の残債証明 {reference} による）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。（金融機関の残債証明 {reference} による）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused., which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。（残価設定型ローンの残価 {residual} を含む）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused., which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。（残価設定型ローンの残価 {residual} を含む）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が価格 {price} を {shortfall} 上回っています。売却前に{seller}が不足額を支払わなければ、{lender}は所有権を解除できず、買取はお断りとなります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the trade-in allowance {price} by {shortfall}: the customer pays it in cash or it is rolled into the new loan, before the lien can be released.</source>
        <extracomment>desktop/domain/car_sale.py:355</extracomment>
        <translation>残債 {payoff} と手数料 {fees} が下取り価格 {price} を {shortfall} 上回っています。所有権解除の前に、お客様が現金で支払うか、新しいローンに上乗せする必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per diem cannot be negative.</source>
        <extracomment>desktop/domain/payoffs.py:53</extracomment>
        <translation>日割利息はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned settlement on {planned} is after {last}, the last day before bid opening: too late.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>予定決済日 {planned} は、開札期日前の最終日 {last} より後です：間に合いません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price changed from {old} to {new}: the distribution table goes back to {lender} for approval; every line is proposed again.</source>
        <extracomment>desktop/domain/short_sale.py:243</extracomment>
        <translation>売買価格が{old}から{new}に変更されました。配分表を{lender}に再提出し、全項目を改めて申請します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price does not cover the payoffs and costs: {seller} must bring {amount} to the closing, or ask the lenders for a voluntary sale (任意売却).</source>
        <extracomment>desktop/domain/home_sale.py:370</extracomment>
        <translation>売買代金ではローン返済と諸費用をまかなえません。{seller}が決済時に{amount}を用意するか、金融機関に任意売却を相談してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:202 desktop/domain/fees.py:138 desktop/domain/home_sale.py:260</extracomment>
        <translation>価格は0より大きくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program does not lend for {purpose}.</source>
        <extracomment>desktop/services/credit.py:611</extracomment>
        <translation>この商品は {purpose} を資金使途とする融資を行いません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program does not lend for {purpose}; it lends for {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>この商品は {purpose} を資金使途とする融資を行いません。対象は {allowed} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program gives no retirement age for this applicant ({who}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>この商品には、この申込者（{who}）の定年年齢の定めがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program lends for {purpose}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>この商品の資金使途：{purpose}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program lends in {currency}.</source>
        <extracomment>desktop/services/credit.py:608</extracomment>
        <translation>この商品の融資通貨は {currency} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provident fund is not paid in full and on time; the program requires it.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金が全額・期限どおりに納付されていません。この商品ではそれが条件です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provident fund is paid in full and on time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金は全額・期限どおりに納付されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate entered for {currency} must be an exact number above zero.</source>
        <extracomment>desktop/domain/credit/maximum.py:58</extracomment>
        <translation>{currency} のレートは0より大きい正確な数値で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is a percentage between 0 and 100.</source>
        <extracomment>desktop/services/credit.py:616</extracomment>
        <translation>利率は0〜100のパーセントで入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is between 0 and 100 percent a year.</source>
        <extracomment>desktop/domain/credit/decisions.py:341</extracomment>
        <translation>利率は年0〜100%の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate must be zero or more.</source>
        <extracomment>desktop/domain/loans.py:64</extracomment>
        <translation>利率は0以上にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason must not contain the customer&apos;s name, phone or document number.</source>
        <extracomment>desktop/domain/retention.py:362</extracomment>
        <translation>理由に顧客の氏名・電話番号・書類番号を含めないでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refusal notice was already signed on {on}.</source>
        <extracomment>desktop/domain/credit/decisions.py:376</extracomment>
        <translation>否決通知は {on} にすでに署名されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is for program {requested}, not {program}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:425 desktop/domain/credit/maximum.py:488</extracomment>
        <translation>申込の商品は {requested} であり、{program} ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual is part of the payoff: more than zero, at most the payoff.</source>
        <extracomment>desktop/domain/car_sale.py:83</extracomment>
        <translation>残価は一括返済額の一部です：0より大きく、一括返済額以下にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual must be in the loan&apos;s currency.</source>
        <extracomment>desktop/domain/loans.py:157</extracomment>
        <translation>残価はローンと同じ通貨で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual must be more than zero and less than the loan amount.</source>
        <extracomment>desktop/domain/loans.py:159</extracomment>
        <translation>残価は0より大きく、借入額より小さくしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale must close and the auction be withdrawn by {last}, the day before bid opening {bid} ({basis}): {days} days from today. In practice it must close earlier: the buyer&apos;s loan screening and the discharge papers take time.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>決済と競売の取下げは、開札期日 {bid} の前日 {last} までに行う必要があります（{basis}）：今日から {days} 日です。実際には買主のローン審査や抹消書類に時間がかかるため、さらに早く決済する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scrivener&apos;s fee cannot be negative.</source>
        <extracomment>desktop/domain/fees.py:391</extracomment>
        <translation>司法書士報酬はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The security officer reviews a submitted application; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>セキュリティ担当が審査するのは提出済みの申込です。この申込は「{status}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller already holds the earnest money {held}: it must be handed over at settlement, or the creditors receive that much less.</source>
        <extracomment>desktop/domain/short_sale.py:538</extracomment>
        <translation>売主はすでに手付金{held}を受領しています。決済時にこれを拠出しなければ、債権者の回収額がその分減ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller is bankrupt: {pct}% of the price {price} = {cap} to the estate.</source>
        <extracomment>desktop/domain/short_sale.py:403</extracomment>
        <translation>売主が破産しているため、売買価格{price}の{pct}% = {cap}を破産財団に組み入れます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement statement of a voluntary sale is printed once the lender has decided every line and the buyer is entered: print the distribution table meanwhile.</source>
        <extracomment>desktop/services/settlements.py:375</extracomment>
        <translation>任意売却の精算書は、債権者が全項目を承認し買主が入力された後に印刷できます。それまでは配分表を印刷してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax in the price must be between zero and the price.</source>
        <extracomment>desktop/domain/fees.py:134</extracomment>
        <translation>価格に含まれる消費税額は0以上、価格以下にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term ends on {end}; the applicant reaches the retirement age of {age} ({who}) on {retires}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済期間の終了日は {end} です。申込者は {retires} に定年年齢 {age} 歳（{who}）に達します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term ends on {end}; the applicant turns {limit} on {turns}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>返済期間の終了日は {end} です。申込者は {turns} に {limit} 歳になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term is a whole number of months, at least one.</source>
        <extracomment>desktop/domain/credit/decisions.py:339</extracomment>
        <translation>返済期間は1以上の整数（月数）です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term is between 1 and 600 months.</source>
        <extracomment>desktop/services/credit.py:614</extracomment>
        <translation>返済期間は1〜600か月の範囲です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term must be 1 to 600 months.</source>
        <extracomment>desktop/domain/loans.py:144 desktop/domain/loans.py:93</extracomment>
        <translation>返済期間は1〜600か月です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term must be 1 to {most} months.</source>
        <extracomment>desktop/domain/credit/maximum.py:494</extracomment>
        <translation>返済期間は1〜{most}か月にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <extracomment>desktop/ui/access/sign_in_dialogs.py:107</extracomment>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voluntary sale brings the creditors {gain} more than the expected auction and leaves the seller owing {saved} less.</source>
        <extracomment>desktop/domain/short_sale.py:700</extracomment>
        <translation>任意売却は、想定される競売より債権者の回収額が{gain}多く、売主の残債務は{saved}少なくなります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawal date is in the future.</source>
        <extracomment>desktop/domain/retention.py:189</extracomment>
        <translation>撤回日が未来の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawal is before the consent was given.</source>
        <extracomment>desktop/domain/retention.py:191</extracomment>
        <translation>撤回日が同意日より前です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {country} calendar cannot use the categories {categories}: {problem}</source>
        <extracomment>desktop/domain/credit/calendar.py:66</extracomment>
        <translation>{country} のカレンダーでは区分 {categories} を使用できません：{problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {currency} rate must be a positive number.</source>
        <extracomment>desktop/domain/credit/decisions.py:441</extracomment>
        <translation>{currency} のレートは正の数にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask an administrator.</source>
        <extracomment>desktop/services/users.py:92</extracomment>
        <translation>このアカウントは無効です。管理者に連絡してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:102 desktop/domain/home_sale.py:140</extracomment>
        <translation>この金額はマイナスにできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application was changed by someone else meanwhile: open it again and repeat the change.</source>
        <extracomment>desktop/store/credit.py:110</extracomment>
        <translation>この申込は他のユーザーにより変更されました：開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application was changed meanwhile: look at it again.</source>
        <extracomment>desktop/services/credit.py:709</extracomment>
        <translation>この申込はその間に変更されました：もう一度確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This asset belongs to another customer.</source>
        <extracomment>desktop/services/loans.py:105 desktop/services/settlements.py:496</extracomment>
        <translation>この物件は別の顧客のものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has no consent in force to withdraw.</source>
        <extracomment>desktop/services/privacy.py:161</extracomment>
        <translation>この顧客には撤回できる有効な同意がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer still has {open_loans} loan(s) not paid off and {open_releases} lien release(s) not finished; their data is kept while that business lasts.</source>
        <extracomment>desktop/services/privacy.py:88</extracomment>
        <translation>この顧客には未完済のローンが {open_loans} 件、未完了の抵当権抹消・所有権解除が {open_releases} 件あります。その取引が続く間はデータを保持します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer&apos;s personal data was already erased.</source>
        <extracomment>desktop/services/privacy.py:224</extracomment>
        <translation>この顧客の個人情報はすでに消去されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer&apos;s personal data was erased.</source>
        <extracomment>desktop/services/privacy.py:411</extracomment>
        <translation>この顧客の個人情報は消去されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is before the payoff was sent.</source>
        <extracomment>desktop/domain/releases.py:86</extracomment>
        <translation>この日付は完済金の送金日より前です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is in the future.</source>
        <extracomment>desktop/domain/releases.py:74</extracomment>
        <translation>この日付は未来の日付です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deal is a {kind}; the sale entered is a {entered}.</source>
        <extracomment>desktop/domain/settlement_inputs.py:313</extracomment>
        <translation>この取引は「{kind}」ですが、入力された売却は「{entered}」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deal is in {currency}.</source>
        <extracomment>desktop/services/settlements.py:452</extracomment>
        <translation>この取引の通貨は {currency} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <extracomment>desktop/domain/customers.py:136</extracomment>
        <translation>メールアドレスの形式ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lien was already released on {released_on}; it can no longer be changed.</source>
        <extracomment>desktop/services/releases.py:52</extracomment>
        <translation>この担保権は {released_on} にすでに抹消・解除されているため、変更できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan belongs to another customer.</source>
        <extracomment>desktop/services/settlements.py:486</extracomment>
        <translation>このローンは別の顧客のものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan is in {loan_currency}; the deal is in {currency}.</source>
        <extracomment>desktop/services/settlements.py:488</extracomment>
        <translation>このローンの通貨は {loan_currency}、取引の通貨は {currency} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan is repaid in {currency}.</source>
        <extracomment>desktop/services/loans.py:134</extracomment>
        <translation>このローンは {currency} で返済します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program has no branch security check.</source>
        <extracomment>desktop/domain/credit/decisions.py:212</extracomment>
        <translation>この商品には支店のセキュリティ審査がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot close as entered.</source>
        <extracomment>desktop/domain/settlement_inputs.py:325</extracomment>
        <translation>入力された内容ではこの売却を決済できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settlement cannot be finalised: {reasons}</source>
        <extracomment>desktop/services/settlements.py:120</extracomment>
        <translation>この精算は確定できません：{reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settlement is in {currency}; the line is in {line_currency}.</source>
        <extracomment>desktop/domain/settlement.py:203</extracomment>
        <translation>この精算の通貨は {currency}、この項目の通貨は {line_currency} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step is dated {at}, before the last step on {last}; check the clock.</source>
        <extracomment>desktop/domain/credit/decisions.py:216</extracomment>
        <translation>この手順の日時 {at} は前回の手順 {last} より前です：時計を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is taken.</source>
        <extracomment>desktop/services/users.py:159</extracomment>
        <translation>このユーザー名はすでに使われています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the documents handed back.</source>
        <extracomment>desktop/ui/credit/dialogs.py:344</extracomment>
        <translation>返却した書類にチェックを入れてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the bankruptcy estate ({trustee})</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>破産財団組入額（{trustee}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To {creditor} (rank {rank}): the rest of the price</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{creditor}（{rank}番抵当権）への残額の配分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late: the auction could be withdrawn only until {last}, the day before bid opening ({bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>期限切れです：競売の取下げができたのは、開札期日（{bid}）の前日 {last} までです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords: the account is locked for a while.</source>
        <extracomment>desktop/services/users.py:106 desktop/services/users.py:96</extracomment>
        <translation>パスワードの誤入力が多すぎるため、アカウントはしばらくロックされます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment is {months} months; the program asks for at least {needed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>通算勤続期間は {months} か月です。この商品では {needed} か月以上が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment not recorded; the program asks for at least {needed} months.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>通算勤続期間が未記録です。この商品では {needed} か月以上が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trade-in allowance (下取り) given by {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>下取り価格（{buyer}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown deadline rules “{rules}”; expected one of {expected}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:119</extracomment>
        <translation>期限規則「{rules}」は不明です。{expected} のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role: {role}.</source>
        <extracomment>desktop/domain/settlement.py:82</extracomment>
        <translation>不明な役割：{role}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown section: {section}.</source>
        <extracomment>desktop/domain/settlement.py:112</extracomment>
        <translation>不明な区分：{section}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown {field}: {value}.</source>
        <extracomment>desktop/domain/loans.py:101 desktop/domain/loans.py:134</extracomment>
        <translation>不明な{field}：{value}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported currency {currency}.</source>
        <extracomment>desktop/domain/credit/maximum.py:491</extracomment>
        <translation>{currency} は対応していない通貨です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported currency: {currency}.</source>
        <extracomment>desktop/domain/settlement.py:190</extracomment>
        <translation>対応していない通貨：{currency}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a two-letter country code, such as JP, RU or CN.</source>
        <extracomment>desktop/domain/customers.py:122 desktop/domain/retention.py:140</extracomment>
        <translation>JP、RU、CN などの2文字の国コードを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: imported by a private person.</source>
        <extracomment>desktop/domain/credit/eligibility.py:342</extracomment>
        <translation>中古：個人による輸入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: it has been in service.</source>
        <extracomment>desktop/domain/credit/eligibility.py:352</extracomment>
        <translation>中古：使用歴あり。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: it has been registered before.</source>
        <extracomment>desktop/domain/credit/eligibility.py:344</extracomment>
        <translation>中古：登録歴あり。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: model year {model_year} is more than {years} years before the contract year {year}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:347</extracomment>
        <translation>中古：年式 {model_year} は契約年 {year} より {years} 年以上前です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement could not be changed.</source>
        <extracomment>desktop/store/settlements.py:274</extracomment>
        <translation>この精算の第{version}版は変更できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is already final.</source>
        <extracomment>desktop/services/settlements.py:289</extracomment>
        <translation>この精算の第{version}版はすでに確定しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is final: revise the deal to change it.</source>
        <extracomment>desktop/services/settlements.py:110 desktop/store/settlements.py:272</extracomment>
        <translation>この精算の第{version}版は確定済みです。変更するには取引を修正してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is still a draft: change it instead.</source>
        <extracomment>desktop/services/settlements.py:308</extracomment>
        <translation>この精算の第{version}版はまだ下書きです。そちらを変更してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veto by {user} at {at}: {reason}. The positive decision is cancelled and the dossier is marked refused.</source>
        <extracomment>desktop/domain/credit/decisions.py:313</extracomment>
        <translation>{user} が {at} に拒否権を行使：{reason}。承認決定は取り消され、与信ファイルは否決として扱われます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voluntary sale: price {price} − costs {costs} → the creditors receive {received}; debt {debt} − {received} = {owes} still owed.</source>
        <extracomment>desktop/domain/short_sale.py:672</extracomment>
        <translation>任意売却：売買価格 {price} − 費用 {costs} → 債権者の回収額 {received}。債務 {debt} − {received} = 残債務 {owes}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What follows approval is recorded once the application is approved.</source>
        <extracomment>desktop/services/credit.py:756</extracomment>
        <translation>承認後の手続は、申込の承認後に記録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a down payment of at least {margin} %, the loan is at most {share} % of the price {price} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>頭金 {margin} % 以上の場合、融資額は価格 {price} の {share} % まで = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <extracomment>desktop/services/users.py:108 desktop/services/users.py:77</extracomment>
        <translation>ユーザー名またはパスワードが違います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <extracomment>desktop/services/users.py:170</extracomment>
        <translation>自分のアカウントは無効にできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You submitted this application; a decision needs a second person (the application centre or the committee).</source>
        <extracomment>desktop/services/credit.py:761</extracomment>
        <translation>この申込はあなたが提出しました。決定には別の者（申込審査センターまたは審査委員会）が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:466</extracomment>
        <translation>{amount}（基準額 {threshold} と比較）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} at {usd_rate} per USD (rate of {usd_on}) = {usd}, against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:487</extracomment>
        <translation>{amount}（1米ドル = {usd_rate}、{usd_on} のレート）= {usd}、基準額 {threshold} と比較。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} is left undistributed with {agent}: it is owed to {seller}. Add the payment of the seller&apos;s net proceeds.</source>
        <extracomment>desktop/domain/settlement.py:335</extracomment>
        <translation>{agent}の手元に{amount}が未分配のまま残っています。これは{seller}に帰属します。売主への手取金の支払を追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} × {own_rate} (rate of {own_on}) ÷ {usd_rate} per USD (rate of {usd_on}) = {usd}, against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:493</extracomment>
        <translation>{amount} × {own_rate}（{own_on} のレート）÷ 1米ドルあたり {usd_rate}（{usd_on} のレート）= {usd}、基準額 {threshold} と比較。</translation>
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
        <translation>{country} のカレンダーには地域区分「{subdivision}」がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} arrears of more than 30 calendar days; the program allows at most {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>30暦日を超える延滞が {count} 回あります。この商品の上限は {allowed} 回です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number} is paid until {paid_until}: the next period must be paid no later than {days} calendar days before, by {pay_by}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:397</extracomment>
        <translation>{cover} 保険証券 {number} は {paid_until} まで支払済み：次期分は遅くともその {days} 暦日前（{pay_by}）までに支払う必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number} paid on {paid_on}: the policy and the proof of payment are due at the bank within {days} working days, by {proof_by}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:378</extracomment>
        <translation>{cover} 保険証券 {number} は {paid_on} に支払済み：保険証券と支払証明を {days} 営業日以内（{proof_by} まで）に銀行へ提出する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: enter {what} to check the sum insured.</source>
        <extracomment>desktop/domain/credit/after_approval.py:262</extracomment>
        <translation>{cover} 保険証券 {number}：保険金額を確認するため、{what} を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: not paid; it must be paid no later than the loan contract date, {contract_on}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:318</extracomment>
        <translation>{cover} 保険証券 {number}：未払いです。遅くともローン契約日 {contract_on} までに支払う必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: paid from {start} until {until}; it must be paid for at least a year, until {needed}, or to the end of the loan.</source>
        <extracomment>desktop/domain/credit/after_approval.py:311</extracomment>
        <translation>{cover} 保険証券 {number}：{start} から {until} まで支払済み。少なくとも1年間（{needed} まで）、またはローン終了まで支払う必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: paid on {paid_on}, after the loan contract date {contract_on}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:324</extracomment>
        <translation>{cover} 保険証券 {number}：ローン契約日 {contract_on} より後の {paid_on} に支払われています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: sum insured {sum} is below {what}, {minimum} (short by {short}).</source>
        <extracomment>desktop/domain/credit/after_approval.py:272</extracomment>
        <translation>{cover} 保険証券 {number}：保険金額 {sum} が {what}（{minimum}）を下回っています（不足 {short}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: the bank must be the beneficiary for theft and total loss.</source>
        <extracomment>desktop/domain/credit/after_approval.py:303</extracomment>
        <translation>{cover} 保険証券 {number}：盗難・全損について銀行を保険金受取人とする必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: the bank must be the beneficiary.</source>
        <extracomment>desktop/domain/credit/after_approval.py:303</extracomment>
        <translation>{cover} 保険証券 {number}：銀行を保険金受取人とする必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{creditor}: debt {debt} − received {received} = {remaining} still owed after the sale, no longer secured by the home.</source>
        <extracomment>desktop/domain/short_sale.py:563</extracomment>
        <translation>{creditor}：債権額 {debt} − 受領額 {received} = 売却後の残債 {remaining}（無担保債権となります）。</translation>
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
        <translation>{currency} は {on} の中央銀行レート {rate} {home} で換算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} has no fractional unit: “{text}”.</source>
        <extracomment>desktop/domain/money.py:288</extracomment>
        <translation>{currency} には補助通貨単位がありません：「{text}」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} has {digits} decimals at most: “{text}”.</source>
        <extracomment>desktop/domain/money.py:290</extracomment>
        <translation>{currency} の小数桁は最大 {digits} 桁です：「{text}」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{guarantor} paid off the bank on {subrogated_on} (代位弁済) and holds the claim: negotiate a repayment plan for the {remaining} left; otherwise it may sue and garnish wages, and bankruptcy may follow.</source>
        <extracomment>desktop/domain/short_sale.py:583</extracomment>
        <translation>{guarantor}は{subrogated_on}に金融機関へ代位弁済し、債権を保有しています。残る{remaining}について返済計画を協議してください。協議が整わない場合、訴訟・給与差押えを受け、自己破産に至ることもあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a joint guarantor (連帯保証人) and owes the deficiency of {total} too, even if the borrower is discharged in bankruptcy. Tell them before the sale: that the borrower can no longer pay; what a voluntary sale is and what it achieves; that the debt left after it must be repaid; that an auction would leave a larger debt.</source>
        <extracomment>desktop/domain/short_sale.py:595</extracomment>
        <translation>{name}は連帯保証人であり、債務者が破産で免責されても残債務{total}を負います。売却前に次の点を必ず説明してください：債務者がもう返済できないこと、任意売却とは何か・何のために行うか、売却後に残る債務は返済が必要なこと、競売ではさらに多くの債務が残ること。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{periods} periods overdue and unpaid on a provident fund loan: more than {limit} is a bad record that bars new loans for a time (the source does not say how long).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金ローンの延滞・未払いが {periods} 期：{limit} 期を超えると不良記録となり、一定期間は新規の借入ができません（期間は原典に記載がありません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{periods} periods overdue on provident fund loans; a bad record starts above {limit}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金ローンの延滞が {periods} 期です。{limit} 期を超えると不良記録となります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{base1} × {rate1}% = {tier1}。合計 {fee} + 消費税{tax_pct}% {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{base1} × {rate1}% = {tier1}、{base2} × {rate2}% = {tier2}。合計 {fee} + 消費税{tax_pct}% {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; {rate3}% of {base3} = {tier3}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{base1} × {rate1}% = {tier1}、{base2} × {rate2}% = {tier2}、{base3} × {rate3}% = {tier3}。合計 {fee} + 消費税{tax_pct}% {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule} (This applies if the car turns out to be used.)</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>{rule}（車両が中古と判明した場合に適用されます。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the appraisal of the existing home {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>既存住宅の評価額 {base} の {share} % = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the commercial loan&apos;s original amount {original} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>商業ローンの当初借入額 {original} の {share} % = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the face value of the pledge {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>質入れ有価証券の額面 {base} の {share} % = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the guarantor&apos;s provident fund balance {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>保証人の公积金残高 {base} の {share} % = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the home&apos;s total price {price} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>住宅の総額 {price} の {share} % = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the net average monthly income {income} (the spouse, a qualifying guarantor, included) is {ceiling}. Existing obligations weigh {existing}, leaving {available} for the new payment. At {rate} % a year over {term} months ({method}) the largest loan whose payment fits is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>平均月間手取り収入 {income}（要件を満たす保証人である配偶者を含む）の {share} % は {ceiling} です。既存債務の返済 {existing} を差し引き、新たな返済に充てられるのは {available} です。年利 {rate} %、{term} か月（{method}）の場合、返済額がこの範囲に収まる最大の融資額は {limit}（月々の返済額 {payment}）です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the net average monthly income {income} is {ceiling}. Existing obligations weigh {existing}, leaving {available} for the new payment. At {rate} % a year over {term} months ({method}) the largest loan whose payment fits is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>平均月間手取り収入 {income} の {share} % は {ceiling} です。既存債務の返済 {existing} を差し引き、新たな返済に充てられるのは {available} です。年利 {rate} %、{term} か月（{method}）の場合、返済額がこの範囲に収まる最大の融資額は {limit}（月々の返済額 {payment}）です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the price of the home bought {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>購入住宅の価格 {base} の {share} % = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: issued on {issued_on}, so it could be handed to the bank until {valid_until} ({days} working days); it was handed over on {received_on}. Ask for a fresh one.</source>
        <extracomment>desktop/domain/credit/dossier.py:160</extracomment>
        <translation>{title}：{issued_on} 発行のため銀行への提出期限は {valid_until}（{days} 営業日）でしたが、提出は {received_on} でした。新しいものを取得してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: returned to the borrower on {returned_on}; not in the dossier.</source>
        <extracomment>desktop/domain/credit/dossier.py:193</extracomment>
        <translation>{title}：{returned_on} に借主へ返却済み。与信ファイルにはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: the copy is not certified «копия верна» with the date, the certifier&apos;s position and name.</source>
        <extracomment>desktop/domain/credit/dossier.py:152</extracomment>
        <translation>{title}：写しに日付、証明者の役職・氏名を記した「копия верна」（原本証明）がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: valid until {valid_until}, handed to the bank on {received_on}.</source>
        <extracomment>desktop/domain/credit/dossier.py:167</extracomment>
        <translation>{title}：有効期限 {valid_until}、{received_on} に銀行へ提出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {pages} of {pages_expected} pages in the dossier.</source>
        <extracomment>desktop/domain/credit/dossier.py:171</extracomment>
        <translation>{title}：与信ファイルには {pages_expected} ページ中 {pages} ページ。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} submitted this application and cannot also decide it.</source>
        <extracomment>desktop/domain/credit/decisions.py:326</extracomment>
        <translation>{user} はこの申込を提出したため、審査の判断はできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a rate.</source>
        <extracomment>desktop/domain/loans.py:61</extracomment>
        <translation>{value} は率ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{whose} net income of the last 3 months: {m1}, {m2}, {m3}; average {average}.</source>
        <extracomment>desktop/domain/credit/maximum.py:195</extracomment>
        <translation>{whose}の直近3か月の手取収入：{m1}、{m2}、{m3}。平均 {average}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} (Listed because {unknown} is not recorded.)</source>
        <extracomment>desktop/domain/credit/checklist.py:113</extracomment>
        <translation>{why}（{unknown} が未記録のため表示しています。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} The program lends for new cars only.</source>
        <extracomment>desktop/domain/credit/eligibility.py:400</extracomment>
        <translation>{why} この商品は新車のみが対象です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” cannot be done on {on} before: {missing}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:135</extracomment>
        <translation>「{item}」は {on} にはまだ実施できません。先に必要なもの：{missing}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” is not on this checklist.</source>
        <extracomment>desktop/domain/credit/after_approval.py:121</extracomment>
        <translation>「{item}」はこのチェックリストにありません。</translation>
    </message>
</context>
</TS>
