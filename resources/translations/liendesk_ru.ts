<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/credit/programs_screen.py" line="+29"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, строка {line}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <location filename="../../desktop/ui/credit/application_view.py" line="+98"/>
        <location line="+205"/>
        <source>Choose an application on the left, or open a new one.</source>
        <translation>Выберите заявку слева или откройте новую.</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>&amp;Facts</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;indings</source>
        <translation>&amp;Результаты проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum</source>
        <translation>&amp;Максимальная сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dossier</source>
        <translation>Кредитное &amp;досье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;cision</source>
        <translation>Р&amp;ешение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After &amp;approval</source>
        <translation>После о&amp;добрения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Rule from</source>
        <translation>Источник правила</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Limit</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is worked out</source>
        <translation>Как рассчитано</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Document and why it is needed</source>
        <translation>Документ и основание для его представления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original / copy</source>
        <translation>Подлинник / копия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>Листов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certified by</source>
        <translation>Заверил(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+287"/>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>&amp;Record document…</source>
        <translation>&amp;Внести документ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move document</source>
        <translation>&amp;Удалить документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;inventory</source>
        <translation>&amp;Печать описи</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks and decision</source>
        <translation>Проверки и решение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Submit</source>
        <translation>&amp;Направить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;review…</source>
        <translation>Проверка &amp;СЭБ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>Отка&amp;зать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear…</source>
        <translation>Поставить от&amp;метку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Veto…</source>
        <translation>Наложить «&amp;Вето»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign refusal &amp;notice</source>
        <translation>Подписать &amp;уведомление об отказе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn documents…</source>
        <translation>Ве&amp;рнуть документы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File in r&amp;efusals</source>
        <translation>В &amp;папку отказов</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What must follow</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done…</source>
        <translation>&amp;Отметить выполнение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover</source>
        <translation>Вид страхования</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>Полис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insurer</source>
        <translation>Страховщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum insured</source>
        <translation>Страховая сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until</source>
        <translation>Оплачено по</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank beneficiary</source>
        <translation>Банк — выгодоприобретатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proof received</source>
        <translation>Подтверждение получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;policy…</source>
        <translation>Внести п&amp;олис…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print repayment &amp;schedule</source>
        <translation>Печать &amp;графика платежей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insurance policies</source>
        <translation>Страховые полисы</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{date} {time} ({zone})</source>
        <translation>{date} {time} ({zone})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;h3&gt;{number} · {customer}&lt;/h3&gt;{program} — &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;h3&gt;{number} · {customer}&lt;/h3&gt;{program} — &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The application has been submitted: its facts are as the bank judged them and no longer change.</source>
        <translation>Заявка направлена: сведения в ней зафиксированы в том виде, в каком их рассматривал банк, и больше не меняются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not prepare applications.</source>
        <translation>Ваша роль не предусматривает подготовку заявок.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{failed} failed, {attention} need attention, {passed} passed.</source>
        <translation>Не выполнено: {failed}, требуют внимания: {attention}, выполнено: {passed}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;The maximum cannot be worked out yet.&lt;/b&gt; Requested: {requested}.</source>
        <translation>&lt;b&gt;Максимальную сумму пока рассчитать нельзя.&lt;/b&gt; Запрошено: {requested}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Maximum: {maximum}&lt;/b&gt;, limited by “{cap}”.&lt;br&gt;Requested: {requested} — </source>
        <translation>&lt;b&gt;Максимальная сумма: {maximum}&lt;/b&gt;, ограничение — «{cap}».&lt;br&gt;Запрошено: {requested} — </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;above the maximum&lt;/b&gt;; lower it before submitting.</source>
        <translation>&lt;b&gt;больше максимальной суммы&lt;/b&gt;; уменьшите её перед направлением заявки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within the maximum.</source>
        <translation>в пределах максимальной суммы.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{cap} — binds</source>
        <translation>{cap} — определяет максимум</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{why} (if the applicant has one)</source>
        <translation>{why} (при наличии)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The dossier is not complete: {missing} missing, {other} to correct. It cannot be submitted until it is.</source>
        <translation>Кредитное досье не укомплектовано: не хватает документов — {missing}, исправить — {other}. До этого заявку направить нельзя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dossier is complete.</source>
        <translation>Кредитное досье укомплектовано.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Not brought</source>
        <translation>Не представлен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, {position}, {date}</source>
        <translation>{name}, {position}, {date}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation>&lt;b&gt;Статус:&lt;/b&gt; {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision deadline: counted once the application reaches the decision centre.</source>
        <translation>Срок принятия решения отсчитывается с момента поступления заявки в Центр обработки кредитных заявок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the end of {date} ({zone})</source>
        <translation>конца дня {date} ({zone})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision due by {due} — {state}.
{explanation}</source>
        <translation>Решение — не позднее {due}: {state}.
{explanation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>External checks back by {due}.
{explanation}</source>
        <translation>Ответы сторонних организаций — не позднее {due}.
{explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External checks: due from the submission.</source>
        <translation>Ответы сторонних организаций: срок отсчитывается с момента направления заявки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program has no branch security check.</source>
        <translation>В этой программе нет проверки СЭБ филиала.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay-out not before {when}.</source>
        <translation>Выдача кредита — не ранее {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay-out: no waiting.</source>
        <translation>Выдача кредита: без ожидания.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview with the borrower required before clearance.</source>
        <translation>До отметки СЭБ обязательно собеседование с заёмщиком.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interview required.</source>
        <translation>Собеседование не требуется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{head} USD equivalent {usd}.
{explanation}</source>
        <translation>{head} Эквивалент в долларах США: {usd}.
{explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview: {problem}</source>
        <translation>Собеседование: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interview rule in this program.</source>
        <translation>В этой программе нет правила о собеседовании.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security officer&apos;s opinion: {opinion}. {note}</source>
        <translation>Заключение сотрудника СЭБ: {opinion}. {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved: {amount} for {term} months at {rate} % a year. {conditions}</source>
        <translation>Одобрено: {amount} на {term} мес. под {rate} % годовых. {conditions}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vetoed: {reason}. {note}</source>
        <translation>«Вето»: {reason}. {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {reason}</source>
        <translation>Отказ: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed {when}.</source>
        <translation>Уведомление об отказе подписано {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision yet.</source>
        <translation>Решения пока нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing for your role to do on this application now.</source>
        <translation>Сейчас по этой заявке для вашей роли действий нет.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What must follow approval (dealer papers, insurance, agreements, handover, registration) is listed here once the application is approved.</source>
        <translation>Что нужно сделать после одобрения (документы дилера, страхование, договоры, передача автомобиля, регистрация), появится здесь, когда заявка будет одобрена.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open} of {total} items still to do.</source>
        <translation>Осталось выполнить: {open} из {total}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewals due:</source>
        <translation>Предстоит продление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• {cover} {number}: {state} by {due} — {explanation}</source>
        <translation>• {cover} № {number}: {state} (срок — {due}) — {explanation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No renewals due (each period is paid 30 days before the paid one ends).</source>
        <translation>Продлений не предстоит (каждый период оплачивается за 30 дней до окончания оплаченного).</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../desktop/ui/credit/applications_screen.py" line="+36"/>
        <source>Open applications</source>
        <translation>Заявки в работе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusals file</source>
        <translation>Папка отказов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New application…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
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
Запрошено {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} applications · {today} due today · {late} late</source>
        <translation>Заявок: {count} · срок сегодня: {today} · просрочено: {late}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+194"/>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested {requested}; the maximum is {maximum} ({cap}).</source>
        <translation>Запрошено {requested}; максимальная сумма — {maximum} ({cap}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested {requested}.</source>
        <translation>Запрошено {requested}.</translation>
    </message>
</context>
<context>
    <name>AuctionChart</name>
    <message>
        <location filename="../../desktop/ui/settlements/auction_chart.py" line="+28"/>
        <source>Creditors receive</source>
        <translation>Кредиторы получают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller still owes</source>
        <translation>Продавец остаётся должен</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Voluntary sale</source>
        <translation>Добровольная продажа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court auction</source>
        <translation>Судебные торги</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../desktop/ui/access/audit_screen.py" line="+25"/>
        <source>e.g. customer. or user.sign_in</source>
        <translation>напр. customer. или user.sign_in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the chain</source>
        <translation>П&amp;роверить цепочку</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Action starts with</source>
        <translation>Действие начинается с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Номер записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From — to</source>
        <translation>С — по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Журнал действий&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The chain is whole: {rows} entries checked.</source>
        <translation>Цепочка не нарушена: проверено записей — {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain is broken at entry {seq}: the trail was altered there.</source>
        <translation>Цепочка нарушена на записи {seq}: в этом месте журнал был изменён.</translation>
    </message>
</context>
<context>
    <name>BalanceRail</name>
    <message>
        <location filename="../../desktop/ui/settlements/balance_rail.py" line="+32"/>
        <source>&lt;b&gt;Balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сальдо&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <location line="+56"/>
        <source>Seller&apos;s net proceeds</source>
        <translation>Чистая выручка продавца</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Money in</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No deal on show.</source>
        <translation>Сделка не выбрана.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FINAL</source>
        <translation>ОКОНЧАТЕЛЬНАЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {version} — {status}</source>
        <translation>Редакция {version} — {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As typed, not saved yet</source>
        <translation>По введённым данным, ещё не сохранено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As typed, not settled: {problem}</source>
        <translation>По введённым данным, расчёт невозможен: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not settled yet</source>
        <translation>Расчёт ещё не выполнен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balanced</source>
        <translation>Сходится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overage</source>
        <translation>Излишек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortage</source>
        <translation>Недостача</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state}: {amount}</source>
        <translation>{state}: {amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seller&apos;s shortfall</source>
        <translation>Недостача продавца</translation>
    </message>
</context>
<context>
    <name>CreditApproveDialog</name>
    <message>
        <location filename="../../forms/credit_approve.ui" line="+5"/>
        <source>Approve the application</source>
        <translation>Одобрение заявки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Amount approved</source>
        <translation>Одобренная &amp;сумма</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term, months</source>
        <translation>С&amp;рок, месяцев</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual &amp;rate, %</source>
        <translation>Ст&amp;авка, % годовых</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Условия</translation>
    </message>
</context>
<context>
    <name>CreditDayDialog</name>
    <message>
        <location filename="../../forms/credit_day.ui" line="+5"/>
        <source>Mark done</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Done on</source>
        <translation>&amp;Дата выполнения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;dealer registered the car</source>
        <translation>Д&amp;илер зарегистрировал автомобиль</translation>
    </message>
</context>
<context>
    <name>CreditDocumentDialog</name>
    <message>
        <location filename="../../forms/credit_document.ui" line="+5"/>
        <source>Record a dossier document</source>
        <translation>Внесение документа в кредитное досье</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Received on</source>
        <translation>&amp;Дата получения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Original or copy</source>
        <translation>&amp;Подлинник или копия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pages</source>
        <translation>&amp;Листов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages the document &amp;has</source>
        <translation>Всего листов в до&amp;кументе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certified &amp;by (surname, initials)</source>
        <translation>&amp;Заверил(а) (фамилия, инициалы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a copy marked «копия верна»</source>
        <translation>Только для копии с отметкой «копия верна»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certifier&apos;s p&amp;osition</source>
        <translation>Д&amp;олжность заверившего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certified o&amp;n</source>
        <translation>Дата з&amp;аверения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issued on</source>
        <translation>Дата в&amp;ыдачи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Valid until</source>
        <translation>Дейс&amp;твителен до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: worked out by the program where it has a rule</source>
        <translation>Если пусто — рассчитывается по программе, если в ней есть такое правило</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;turned on</source>
        <translation>Дата &amp;возврата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ote</source>
        <translation>Прим&amp;ечание</translation>
    </message>
</context>
<context>
    <name>CreditFactsForm</name>
    <message>
        <location filename="../../forms/credit_facts.ui" line="+9"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citi&amp;zenship</source>
        <translation>Гра&amp;жданство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RU, CN, JP</source>
        <translation>RU, CN, JP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gistered in (region)</source>
        <translation>Ре&amp;гион регистрации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residence certificate region</source>
        <translation>Регион по свидетельству о проживании</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Employment</source>
        <translation>&amp;Занятость</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Civil servant</source>
        <translation>Государственный служащий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment, months</source>
        <translation>Общий стаж, месяцев</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+73"/>
        <location line="+77"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Current employer, months</source>
        <translation>У текущего работодателя, месяцев</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month &amp;1</source>
        <translation>Чистый доход, месяц &amp;1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month 2</source>
        <translation>Чистый доход, месяц 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month 3</source>
        <translation>Чистый доход, месяц 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debts (customer&apos;s file)</source>
        <translation>Долги (по карточке клиента)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delays over 30 days</source>
        <translation>Просрочки более 30 дней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under investigation</source>
        <translation>Под следствием</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driving licence</source>
        <translation>Водительское удостоверение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instead of a licence</source>
        <translation>Вместо удостоверения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Marital status</source>
        <translation>&amp;Семейное положение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s role</source>
        <translation>Роль супруга(и)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse meets the borrower rules</source>
        <translation>Супруг(а) соответствует требованиям к заёмщику</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 1</source>
        <translation>Чистый доход супруга(и), месяц 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 2</source>
        <translation>Чистый доход супруга(и), месяц 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 3</source>
        <translation>Чистый доход супруга(и), месяц 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s fund balance</source>
        <translation>Остаток на счёте фонда супруга(и)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loan also draws on the spouse&apos;s fund</source>
        <translation>Кредит учитывает и счёт фонда супруга(и)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provident fund</source>
        <translation>Жилищный накопительный фонд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fund account balance</source>
        <translation>Остаток на счёте фонда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contributions paid in full and on time</source>
        <translation>Взносы уплачиваются полностью и в срок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has an unrepaid provident loan</source>
        <translation>Есть непогашенный кредит фонда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantor of someone&apos;s provident loan</source>
        <translation>Поручитель по чужому кредиту фонда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods overdue on a past loan</source>
        <translation>Просроченных периодов по прежнему кредиту</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Цель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contract date</source>
        <translation>Дата &amp;договора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount requested</source>
        <translation>Запрошенная с&amp;умма</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term, months</source>
        <translation>Сро&amp;к, месяцев</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual &amp;rate, %</source>
        <translation>Ст&amp;авка, % годовых</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repayment</source>
        <translation>Порядок погашения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;ice</source>
        <translation>Ц&amp;ена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Down payment</source>
        <translation>Первоначальный &amp;взнос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insurance paid from the loan</source>
        <translation>Страховка, оплачиваемая из кредита</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rate: currency</source>
        <translation>Курс: валюта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central-bank rate</source>
        <translation>Курс ЦБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units of the program&apos;s currency for one</source>
        <translation>Единиц валюты программы за одну единицу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate of (date)</source>
        <translation>Курс на дату</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch region</source>
        <translation>Регион отделения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vehicle</source>
        <translation>Транспортное средство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model &amp;year</source>
        <translation>Год в&amp;ыпуска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never in service</source>
        <translation>Не было в эксплуатации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made here or imported by a company</source>
        <translation>Произведено в стране или ввезено юридическим лицом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ever registered</source>
        <translation>Ранее регистрировалось</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sold by a partner dealer</source>
        <translation>Продаётся дилером-партнёром</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roadworthy</source>
        <translation>Технически исправно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;llateral</source>
        <translation>&amp;Обеспечение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floor area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appraisal of the home</source>
        <translation>Оценочная стоимость жилья</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Securities pledged (face value)</source>
        <translation>Ценные бумаги в залоге (номинал)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantor&apos;s fund balance</source>
        <translation>Остаток на счёте фонда поручителя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commercial loan converted (original)</source>
        <translation>Переводимый коммерческий кредит (первоначальная сумма)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-hand home</source>
        <translation>Вторичное жильё</translation>
    </message>
</context>
<context>
    <name>CreditNewApplicationDialog</name>
    <message>
        <location filename="../../forms/credit_new_application.ui" line="+5"/>
        <source>New credit application</source>
        <translation>Новая кредитная заявка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The applicant&apos;s facts are taken from the customer&apos;s file; check and complete them on the Facts tab.</source>
        <translation>Сведения о заявителе берутся из карточки клиента; проверьте и дополните их на вкладке «Сведения».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone or document number</source>
        <translation>ФИО, телефон или номер документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Program</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contract &amp;date</source>
        <translation>Дата &amp;договора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount requested</source>
        <translation>Запрошенная &amp;сумма</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../forms/credit_note.ui" line="+5"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Opinion</source>
        <translation>&amp;Заключение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
</context>
<context>
    <name>CreditPolicyDialog</name>
    <message>
        <location filename="../../forms/credit_policy.ui" line="+5"/>
        <source>Record an insurance policy</source>
        <translation>Внесение страхового полиса</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cover</source>
        <translation>&amp;Вид страхования</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &amp;number</source>
        <translation>&amp;Номер полиса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insurer</source>
        <translation>&amp;Страховщик</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sum insured</source>
        <translation>Страховая с&amp;умма</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period &amp;starts</source>
        <translation>На&amp;чало периода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid &amp;until</source>
        <translation>&amp;Оплачено по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid &amp;on</source>
        <translation>Дата опл&amp;аты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;bank is the beneficiary</source>
        <translation>&amp;Банк — выгодоприобретатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Proof received on</source>
        <translation>&amp;Подтверждение оплаты получено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ote</source>
        <translation>Прим&amp;ечание</translation>
    </message>
</context>
<context>
    <name>CreditProgramTextDialog</name>
    <message>
        <location filename="../../forms/credit_program_text.ui" line="+5"/>
        <source>Edit lending program</source>
        <translation>Изменение кредитной программы</translation>
    </message>
</context>
<context>
    <name>CreditReturnDialog</name>
    <message>
        <location filename="../../forms/credit_return.ui" line="+5"/>
        <source>Return documents to the applicant</source>
        <translation>Возврат документов заявителю</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../desktop/ui/customers/customer_detail.py" line="+30"/>
        <source>Choose a customer from the list, or create a new one.</source>
        <translation>Выберите клиента в списке или создайте нового.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net monthly income</source>
        <translation>Чистый ежемесячный доход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner of record</source>
        <translation>Собственник по документам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;vehicle…</source>
        <translation>Добавить &amp;автомобиль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add p&amp;roperty…</source>
        <translation>Добавить &amp;недвижимость…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars and homes</source>
        <translation>Автомобили и недвижимость</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Предмет залога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Сумма кредита</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;loan…</source>
        <translation>Добавить &amp;кредит…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record pa&amp;yment…</source>
        <translation>Внести п&amp;латёж…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payoff…</source>
        <translation>П&amp;огашение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal &amp;copy…</source>
        <translation>Копия персональных &amp;данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held on this customer, as a PDF and as JSON</source>
        <translation>Все хранящиеся сведения о клиенте, в формате PDF и JSON</translation>
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
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creditor</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly payment</source>
        <translation>Ежемесячный платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At this bank</source>
        <translation>В этом банке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale and financing of a vehicle or property</source>
        <translation>Продажа и кредитование автомобиля или недвижимости</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Obligation {number}: {problem}</source>
        <translation>Обязательство {number}: {problem}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the same identity document</source>
        <translation>тот же документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same phone number</source>
        <translation>тот же номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name and date of birth</source>
        <translation>те же ФИО и дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer may already be on file:</source>
        <translation>Возможно, этот клиент уже есть в базе:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a new customer</source>
        <translation>Сохранить как нового клиента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location filename="../../forms/customer_intake.ui" line="+6"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Given name</source>
        <translation>&amp;Имя, отчество</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name &amp;reading</source>
        <translation>&amp;Транслитерация</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Furigana or Latin spelling</source>
        <translation>Фуригана или написание латиницей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Citizenship</source>
        <translation>Гра&amp;жданство</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language of documents</source>
        <translation>&amp;Язык документов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity &amp;document</source>
        <translation>&amp;Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document &amp;number</source>
        <translation>&amp;Номер документа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document &amp;issued on</source>
        <translation>Дата в&amp;ыдачи документа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone</source>
        <translation>Тел&amp;ефон</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region of registration</source>
        <translation>Ре&amp;гион регистрации</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work and income</source>
        <translation>Работа и доход</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;mployer</source>
        <translation>Ра&amp;ботодатель</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;osition</source>
        <translation>До&amp;лжность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this employer &amp;since</source>
        <translation>&amp;У этого работодателя с</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Total employment (months)</source>
        <translation>&amp;Общий стаж (месяцев)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Net monthly &amp;income</source>
        <translation>Чистый ежемесячный до&amp;ход</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Existing obligations (loans, guarantees given, overdraft limits)</source>
        <translation>Действующие обязательства (кредиты, поручительства, лимиты овердрафта)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add obligation</source>
        <translation>Добавить обязательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove obligation</source>
        <translation>Удалить обязательство</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal data is kept only with the customer&apos;s signed consent. Enter the date the customer signed the consent form and its purpose.</source>
        <translation>Персональные данные хранятся только при наличии подписанного клиентом согласия. Укажите дату подписания согласия и цель обработки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;signed on</source>
        <translation>&amp;Согласие подписано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Цель обработки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed &amp;form no.</source>
        <translation>№ подписанной фор&amp;мы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number on the signed form, or its scan&apos;s reference</source>
        <translation>Номер на подписанной форме или ссылка на её скан</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop/ui/customers/customers_screen.py" line="+18"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Транслитерация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location line="+36"/>
        <source>Search by name, reading, phone or document number</source>
        <translation>Поиск по ФИО, транслитерации, телефону или номеру документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets/date_edit.py" line="+16"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
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
        <translation>Автомобиль передан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Отметить выполнение</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location line="-239"/>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
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
        <translation>Расчёт суммы погашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Выдал(а)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview, print or save…</source>
        <translation>&amp;Просмотр, печать или сохранение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify against the register</source>
        <translation>&amp;Сверить с реестром</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;Documents issued&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Выданные документы&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The stored file matches its registered SHA-256.</source>
        <translation>Сохранённый файл совпадает с зарегистрированным SHA-256.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored file does NOT match its registered SHA-256.</source>
        <translation>Сохранённый файл НЕ совпадает с зарегистрированным SHA-256.</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <location filename="../../desktop/ui/credit/facts_form.py" line="+50"/>
        <source>&amp;Save facts</source>
        <translation>Со&amp;хранить сведения</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>— not recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>None on file</source>
        <translation>В карточке нет</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{creditor}: overdraft limit {limit}</source>
        <translation>{creditor}: лимит овердрафта {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{creditor}: guarantee, {payment} a month</source>
        <translation>{creditor}: поручительство, {payment} в месяц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{creditor}: loan, {payment} a month</source>
        <translation>{creditor}: кредит, {payment} в месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (at this bank)</source>
        <translation> (в этом банке)</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="+86"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator.ui" line="+5"/>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One word, e.g. admin</source>
        <translation>Одно слово, например admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat the password</source>
        <translation>П&amp;овторите пароль</translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <location filename="../../desktop/ui/lenders/lender_dialog.py" line="+26"/>
        <location filename="../../forms/lender.ui" line="+5"/>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <location filename="../../forms/lender.ui" line="+13"/>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JP, RU, CN…</source>
        <translation>JP, RU, CN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payoff &amp;requests by</source>
        <translation>&amp;Запрос суммы погашения через</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax, portal, phone…</source>
        <translation>Факс, портал, телефон…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release &amp;documents</source>
        <translation>&amp;Документы о снятии обременения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual release &amp;time (days)</source>
        <translation>Обычный с&amp;рок снятия обременения (дней)</translation>
    </message>
</context>
<context>
    <name>LenderQuoteDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/lender_quote_dialog.py" line="+19"/>
        <source>Payoff letter for {account}</source>
        <translation>Справка о сумме погашения по договору {account}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../forms/lender_quote.ui" line="+5"/>
        <source>Lender payoff letter</source>
        <translation>Справка кредитора о сумме погашения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reference</source>
        <translation>&amp;Номер справки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number on the lender&apos;s letter</source>
        <translation>Номер, указанный в справке кредитора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payoff &amp;amount</source>
        <translation>&amp;Сумма погашения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Good through</source>
        <translation>&amp;Действительна по</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Per diem</source>
        <translation>Проценты &amp;за день</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added for each day after the good-through date</source>
        <translation>Начисляются за каждый день после окончания срока действия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received &amp;on</source>
        <translation>&amp;Получена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received &amp;by</source>
        <translation>&amp;Кем принята</translation>
    </message>
</context>
<context>
    <name>LendersScreen</name>
    <message>
        <location filename="../../desktop/ui/lenders/lenders_screen.py" line="+22"/>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payoff requests</source>
        <translation>Запрос суммы погашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release documents</source>
        <translation>Документы о снятии обременения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release time</source>
        <translation>Срок снятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add lender…</source>
        <translation>&amp;Добавить кредитора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Lenders&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Кредиторы&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/loan_dialogs.py" line="+30"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location filename="../../forms/loan.ui" line="+5"/>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Lender</source>
        <translation>&amp;Кредитор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New lender…</source>
        <translation>Новый кредитор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;asset</source>
        <translation>&amp;Предмет залога</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account &amp;number</source>
        <translation>&amp;Номер договора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lender&apos;s reference for this loan</source>
        <translation>Номер кредитного договора у кредитора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Principal</source>
        <translation>&amp;Сумма кредита</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annual &amp;rate (%)</source>
        <translation>Ставка, % &amp;годовых</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2.4</source>
        <translation>напр. 2,4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term (months)</source>
        <translation>С&amp;рок (месяцев)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repayment &amp;method</source>
        <translation>Порядок погаш&amp;ения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disbursed on</source>
        <translation>&amp;Дата выдачи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due &amp;day of month</source>
        <translation>День п&amp;латежа (число месяца)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Interest</source>
        <translation>Про&amp;центы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;sidual value</source>
        <translation>&amp;Остаточный платёж</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residual-value loans only</source>
        <translation>Только для кредитов с остаточным платежом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;enalty rate (%)</source>
        <translation>Ставка не&amp;устойки (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On overdue amounts, per year</source>
        <translation>На просроченную задолженность, годовых</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner of record</source>
        <translation>Собственник по документам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lender is the registered owner until paid off</source>
        <translation>Кредитор остаётся зарегистрированным собственником до полного погашения</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/lookup_panel.py" line="+25"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicles</source>
        <translation>Автомобили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Недвижимость</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name, VIN or plate, address, account number… (Ctrl+F)</source>
        <translation>ФИО, VIN или госномер, адрес, номер договора… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
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
        <translation>Кредитные заявки</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoffs</source>
        <translation>Погашение и снятие залога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Продажи и расчёты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenders</source>
        <translation>Кредиторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending programs</source>
        <translation>Кредитные программы</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check the database fully</source>
        <translation>&amp;Полная проверка базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore latest backup…</source>
        <translation>&amp;Восстановить последнюю резервную копию…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="-84"/>
        <source>&amp;Open application</source>
        <translation>&amp;Открыть заявку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} — example, not a real lender&apos;s terms</source>
        <translation>{name} — пример, а не условия реального кредитора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · {currency}</source>
        <translation>{name} · {currency}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} · born {born}</source>
        <translation>{name} · дата рождения {born}</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop/ui/settlements/new_deal_dialog.py" line="+29"/>
        <source>New car sale</source>
        <translation>Новая продажа автомобиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New home sale</source>
        <translation>Новая продажа жилья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New voluntary sale</source>
        <translation>Новая добровольная продажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sale</source>
        <translation>Новая продажа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade-in</source>
        <translation>Трейд-ин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealer purchase</source>
        <translation>Выкуп дилером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sale</source>
        <translation>Продажа частному лицу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, phone, plate…</source>
        <translation>ФИО, телефон, госномер…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (seller)</source>
        <translation>Клиент (продавец)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loan</source>
        <translation>&amp;Кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dealer or buyer</source>
        <translation>&amp;Дилер или покупатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Buyer</source>
        <translation>&amp;Покупатель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scrivener</source>
        <translation>&amp;Юрист-регистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price or trade-in allowance</source>
        <translation>&amp;Цена или зачётная стоимость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Price</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed &amp;on</source>
        <translation>Дата пр&amp;едложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of &amp;sale</source>
        <translation>Дата п&amp;родажи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open deal</source>
        <translation>&amp;Открыть сделку</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No loan</source>
        <translation>Без кредита</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the customer who sells.</source>
        <translation>Выберите клиента-продавца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the loan secured on the home.</source>
        <translation>Выберите кредит, обеспеченный залогом жилья.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who buys.</source>
        <translation>Укажите покупателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener.</source>
        <translation>Укажите юриста-регистратора.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the price, more than zero.</source>
        <translation>Укажите цену больше нуля.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the day.</source>
        <translation>Укажите дату.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+166"/>
        <source>Security review</source>
        <translation>Проверка СЭБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your preliminary opinion goes into the note and the application goes on to the decision centre; the answers of third parties are not waited for.</source>
        <translation>Ваше предварительное решение вносится в примечание, и заявка направляется в Центр обработки кредитных заявок, не дожидаясь ответов сторонних организаций.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opinion</source>
        <translation>&amp;Заключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note (required for a negative opinion)</source>
        <translation>&amp;Примечание (обязательно при отрицательном заключении)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send to the decision centre</source>
        <translation>&amp;Направить в Центр обработки кредитных заявок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veto the positive decision</source>
        <translation>«Вето» на положительное решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A veto cancels the decision centre&apos;s positive decision for one of these reasons only; the application is refused.</source>
        <translation>«Вето» отменяет положительное решение Центра обработки кредитных заявок только по одному из этих оснований; в кредите отказывается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>&amp;Reason</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Veto</source>
        <translation>Наложить «&amp;Вето»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse the application</source>
        <translation>Отказ в предоставлении кредита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason is printed on the refusal notice.</source>
        <translation>Причина печатается в уведомлении об отказе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse</source>
        <translation>Отка&amp;зать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security clearance</source>
        <translation>Отметка СЭБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No negative answers from third parties: clear the positive decision.</source>
        <translation>Отрицательных ответов от сторонних организаций нет: поставьте отметку на положительном решении.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;interview with the borrower was held</source>
        <translation>&amp;Собеседование с заёмщиком проведено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>Поставить от&amp;метку</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../desktop/ui/settlements/settlements_screen.py" line="+1177"/>
        <source>Record offer</source>
        <translation>Записать предложение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Buyer</source>
        <translation>&amp;Покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer</source>
        <translation>Пр&amp;едложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>П&amp;римечание</translation>
    </message>
</context>
<context>
    <name>OpenReleases</name>
    <message>
        <location filename="../../desktop/ui/payoffs/open_releases.py" line="+25"/>
        <source>Payoffs awaiting release</source>
        <translation>Погашения в ожидании снятия обременения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payoff not sent</source>
        <translation>погашение не отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payoff sent</source>
        <translation>погашение отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lender confirmed</source>
        <translation>подтверждено кредитором</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lender</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payoffs awaiting release: {count}, {late} late</source>
        <translation>Ожидают снятия обременения: {count}, из них просрочено: {late}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/loan_dialogs.py" line="+99"/>
        <source>Payment on {account}</source>
        <translation>Платёж по договору {account}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../forms/payment.ui" line="+5"/>
        <source>Record payment</source>
        <translation>Внести платёж</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Paid on</source>
        <translation>&amp;Дата платежа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
</context>
<context>
    <name>PayoffPanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/payoff_panel.py" line="+38"/>
        <source>Look a loan up on the left to see what clears it.</source>
        <translation>Найдите кредит слева, чтобы увидеть сумму его полного погашения.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Payoff &amp;on</source>
        <translation>Погашение &amp;на дату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record lender &amp;letter…</source>
        <translation>Внести &amp;справку кредитора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print quote…</source>
        <translation>&amp;Печать расчёта…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Payoff</source>
        <translation>Сумма погашения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To clear the loan</source>
        <translation>Для полного погашения кредита</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Per diem</source>
        <translation>Проценты за день</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Good through</source>
        <translation>Действителен по</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Arrears</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Принял(а)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender payoff letters</source>
        <translation>Справки кредитора о сумме погашения</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The lender is the owner of record: the title moves only after the payoff.</source>
        <translation>Кредитор значится собственником: право собственности переходит только после погашения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimate by the desk — no lender payoff letter on file.</source>
        <translation>Расчёт офиса — справки кредитора о сумме погашения нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lender&apos;s payoff letter {reference}, good through {date}.</source>
        <translation>Справка кредитора о сумме погашения № {reference}, действительна по {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender&apos;s payoff letter {reference}, extended past {date}.</source>
        <translation>Справка кредитора о сумме погашения № {reference}, продлена после {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Principal outstanding</source>
        <translation>Остаток основного долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest accrued since the last due date</source>
        <translation>Проценты с даты последнего платежа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past-due installments</source>
        <translation>Просроченные платежи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty interest</source>
        <translation>Неустойка (пени) за просрочку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepayment compensation</source>
        <translation>Компенсация за досрочное погашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk&apos;s estimate</source>
        <translation>Расчёт офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lender&apos;s letter {reference}</source>
        <translation>Справка кредитора № {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extension: {days} days × {per_diem}</source>
        <translation>Продление: {days} дн. × {per_diem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{amount} a day after the good-through date</source>
        <translation>{amount} в день после окончания срока действия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} overdue, {days} days past due; missed {consecutive} in a row, {cumulative} in all</source>
        <translation>Просрочено {amount}, {days} дн. просрочки; пропущено платежей подряд: {consecutive}, всего: {cumulative}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+115"/>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/preview_dialog.py" line="+20"/>
        <source>Preview — {name}</source>
        <translation>Просмотр — {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256 {sha}</source>
        <translation>SHA-256 {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;JSON…</source>
        <translation>Сохранить &amp;JSON…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save document</source>
        <translation>Сохранение документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save data</source>
        <translation>Сохранение данных</translation>
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
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules of</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last use</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Уничтожить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for erasure</source>
        <translation>Подлежат уничтожению</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Erased</source>
        <translation>Уничтожено</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Номер акта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview, print or save…</source>
        <translation>&amp;Просмотр, печать или сохранение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction records</source>
        <translation>Акты об уничтожении</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Privacy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Персональные данные&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erase personal data</source>
        <translation>Уничтожение персональных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {customer} for good? The money records stay, anonymised. Reason for the destruction record:</source>
        <translation>Безвозвратно уничтожить персональные данные клиента {customer}? Денежные записи сохранятся в обезличенном виде. Причина уничтожения для акта:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The personal data is erased. Destruction record {id} was written; print it from the list below for signature.</source>
        <translation>Персональные данные уничтожены. Составлен акт об уничтожении № {id}; распечатайте его из списка ниже для подписи.</translation>
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
        <translation>Собственный файл офиса.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shipped program: saving writes the desk&apos;s own copy, which replaces it.</source>
        <translation>Программа из поставки: при сохранении создаётся собственная копия офиса, которая её заменяет.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved — {problem}</source>
        <translation>Не сохранено — {problem}</translation>
    </message>
</context>
<context>
    <name>ProgramsScreen</name>
    <message>
        <location line="+23"/>
        <source>&lt;h3&gt;Lending programs&lt;/h3&gt;Each program is a file: the shipped ones come with LienDesk; the desk&apos;s own replace or add to them.</source>
        <translation>&lt;h3&gt;Кредитные программы&lt;/h3&gt;Каждая программа — отдельный файл: программы из поставки входят в LienDesk, собственные программы офиса заменяют или дополняют их.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Own</source>
        <translation>Собственная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation>Из поставки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}, example</source>
        <translation>{kind}, пример</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These files could not be loaded; the other programs are in use:</source>
        <translation>Эти файлы загрузить не удалось; остальные программы используются:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every program file loaded.</source>
        <translation>Все файлы программ загружены.</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/asset_dialogs.py" line="+77"/>
        <source>The floor area is a number of square metres, such as 68.5.</source>
        <translation>Площадь указывается в квадратных метрах числом, например 68,5.</translation>
    </message>
    <message>
        <location filename="../../forms/property.ui" line="+5"/>
        <source>Property</source>
        <translation>Объект недвижимости</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид объекта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Floor area (m²)</source>
        <translation>&amp;Площадь (м²)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Land &amp;parcels</source>
        <translation>&amp;Земельные участки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Buildings</source>
        <translation>З&amp;дания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Currency</source>
        <translation>Ва&amp;люта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly &amp;management fee</source>
        <translation>Ежемесячный взнос на &amp;управление</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly &amp;repair reserve</source>
        <translation>Ежемесячный взнос в &amp;фонд ремонта</translation>
    </message>
</context>
<context>
    <name>ReleaseConfirmedDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="+80"/>
        <source>Enter the day the lender confirmed.</source>
        <translation>Укажите дату подтверждения кредитором.</translation>
    </message>
    <message>
        <location filename="../../forms/release_confirmed.ui" line="+5"/>
        <source>Lender confirmed the payoff</source>
        <translation>Кредитор подтвердил погашение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Confirmed on</source>
        <translation>&amp;Дата подтверждения</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_panel.py" line="+21"/>
        <source>Payoff and lien release</source>
        <translation>Погашение и снятие обременения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold — payoff not sent yet</source>
        <translation>Продано — погашение ещё не отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoff sent — waiting for the lender</source>
        <translation>Погашение отправлено — ожидается подтверждение кредитора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender confirmed — waiting for the release documents</source>
        <translation>Кредитор подтвердил — ожидаются документы о снятии обременения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Обременение снято</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Not tracked: start when the car or home is sold.</source>
        <translation>Не отслеживается: начните, когда автомобиль или жильё будет продано.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release documents</source>
        <translation>Документы о снятии обременения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sold — track release…</source>
        <translation>&amp;Продано — отслеживать снятие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoff s&amp;ent…</source>
        <translation>Погашение &amp;отправлено…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender &amp;confirmed…</source>
        <translation>Кредитор по&amp;дтвердил…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release &amp;received…</source>
        <translation>Документы пол&amp;учены…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>payoff to be sent by {date}</source>
        <translation>отправить погашение до {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>released on {date}</source>
        <translation>обременение снято {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release expected by {date}</source>
        <translation>снятие обременения ожидается до {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} on {date} by {method} {reference}</source>
        <translation>{amount}, {date}, {method} {reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected: {documents}</source>
        <translation>ожидаются: {documents}</translation>
    </message>
</context>
<context>
    <name>ReleaseReceivedDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="+28"/>
        <source>Enter the day the documents arrived.</source>
        <translation>Укажите дату поступления документов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the documents that arrived.</source>
        <translation>Отметьте поступившие документы.</translation>
    </message>
    <message>
        <location filename="../../forms/release_received.ui" line="+5"/>
        <source>Release documents received</source>
        <translation>Получены документы о снятии обременения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Received on</source>
        <translation>&amp;Дата получения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Documents</source>
        <translation>Д&amp;окументы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other document</source>
        <translation>&amp;Иной документ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything else that came</source>
        <translation>Что-либо ещё из поступившего</translation>
    </message>
</context>
<context>
    <name>ReleaseSentDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="-66"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the day the payoff was sent.</source>
        <translation>Укажите дату перечисления суммы погашения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount sent.</source>
        <translation>Укажите перечисленную сумму.</translation>
    </message>
    <message>
        <location filename="../../forms/release_sent.ui" line="+5"/>
        <source>Payoff sent to the lender</source>
        <translation>Сумма погашения перечислена кредитору</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sent on</source>
        <translation>&amp;Дата перечисления</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Method</source>
        <translation>С&amp;пособ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank transfer, cheque…</source>
        <translation>Банковский перевод, чек…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer or cheque number</source>
        <translation>Номер платёжного поручения или чека</translation>
    </message>
</context>
<context>
    <name>ReleaseStartDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="-26"/>
        <source>Enter the day of the sale or trade-in.</source>
        <translation>Укажите дату продажи или трейд-ина.</translation>
    </message>
    <message>
        <location filename="../../forms/release_start.ui" line="+5"/>
        <source>Track the payoff and lien release</source>
        <translation>Отслеживание погашения и снятия обременения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day of &amp;sale or trade-in</source>
        <translation>Дата &amp;продажи или трейд-ина</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="-83"/>
        <source>&amp;Return</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these documents may go back to a refused borrower; a copy of each stays in the dossier and the inventory notes it.</source>
        <translation>Заёмщику, которому отказано, можно вернуть только эти документы; копия каждого остаётся в кредитном досье, о чём делается отметка в описи.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+41"/>
        <source>System language ({language})</source>
        <translation>Язык системы ({language})</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="+5"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Branch name</source>
        <translation>&amp;Название отделения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As printed on documents</source>
        <translation>Как печатается в документах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch &amp;region</source>
        <translation>&amp;Регион отделения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where borrowers must be registered, e.g. Москва, 山西省太原市</source>
        <translation>Где заёмщики должны иметь регистрацию, например Москва, 山西省太原市</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the payoff &amp;within (days of the sale)</source>
        <translation>Перечислить сумму погашения &amp;в течение (дней после продажи)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release due &amp;within (days of sending)</source>
        <translation>Снятие обременения &amp;в течение (дней после перечисления)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter vs estimate tolerance, &amp;JPY</source>
        <translation>Допустимое расхождение справки и расчёта, &amp;JPY</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;CNY</source>
        <translation>Допуск, &amp;CNY</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;RUB</source>
        <translation>Допуск, &amp;RUB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;USD</source>
        <translation>Допуск, &amp;USD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;EUR</source>
        <translation>Допуск, &amp;EUR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong passwords before a lock&amp;out</source>
        <translation>Неверных паролей до &amp;блокировки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lockout (&amp;minutes)</source>
        <translation>Блокировка (&amp;минут)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the desk after &amp;idle minutes</source>
        <translation>Блокировать рабочее место после &amp;минут бездействия</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch &amp;country (its privacy law)</source>
        <translation>&amp;Страна отделения (закон о персональных данных)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JP, RU, CN; empty: each customer&apos;s citizenship</source>
        <translation>JP, RU, CN; пусто — по гражданству клиента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep personal data, Japan (months after last use)</source>
        <translation>Хранить персональные данные, Япония (месяцев после последнего использования)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, Russia (months)</source>
        <translation>Хранить персональные данные, Россия (месяцев)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, China (months)</source>
        <translation>Хранить персональные данные, Китай (месяцев)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, elsewhere (months)</source>
        <translation>Хранить персональные данные, другие страны (месяцев)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screen &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the screens on this desk; documents follow each customer&apos;s language.</source>
        <translation>Язык экранов на этом рабочем месте; документы печатаются на языке клиента.</translation>
    </message>
</context>
<context>
    <name>SettlementsScreen</name>
    <message>
        <location filename="../../desktop/ui/settlements/settlements_screen.py" line="-1049"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;car sale…</source>
        <translation>Новая продажа &amp;автомобиля…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;home sale…</source>
        <translation>Новая продажа &amp;жилья…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;voluntary sale…</source>
        <translation>Новая &amp;добровольная продажа…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a deal on the left, or open a new one.</source>
        <translation>Выберите сделку слева или откройте новую.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 Asset and liens</source>
        <translation>1 Имущество и обременения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Offers and price</source>
        <translation>2 Предложения и цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Costs and prorations</source>
        <translation>3 Расходы и пропорциональные доплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 Result</source>
        <translation>4 Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Finalise</source>
        <translation>5 Утверждение</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Refresh payoff</source>
        <translation>&amp;Обновить сумму погашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the loan&apos;s latest payoff figure (a new lender&apos;s letter) into the draft</source>
        <translation>Перенести в проект последнюю сумму погашения кредита (по новой справке кредитора)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+399"/>
        <source>Day of sale</source>
        <translation>Дата продажи</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>&amp;Price</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyers&apos; offers</source>
        <translation>Предложения покупателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record &amp;offer…</source>
        <translation>Записать &amp;предложение…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not covered yet</source>
        <translation>Пока не покрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer pays in cash</source>
        <translation>Клиент доплачивает наличными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll into the new car&apos;s loan</source>
        <translation>Включить в кредит на новый автомобиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt stays with the customer</source>
        <translation>Долг остаётся за клиентом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dealer &amp;fee</source>
        <translation>&amp;Сбор дилера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortfall &amp;covered by</source>
        <translation>Покрытие &amp;недостачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New car&apos;s &amp;lender</source>
        <translation>&amp;Кредитор по новому автомобилю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New car&apos;s p&amp;rice</source>
        <translation>&amp;Цена нового автомобиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;loan (before roll-over)</source>
        <translation>Новый к&amp;редит (до включения недостачи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan-to-value &amp;cap (%)</source>
        <translation>Предельное соотношение кредит/&amp;залог (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the equity to the new car (not paid out to the customer)</source>
        <translation>Зачесть остаток в оплату нового автомобиля (не выплачивать клиенту)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>the legal cap</source>
        <translation>законный предел</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>only to charge above the cap</source>
        <translation>только если комиссия выше законного предела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 January (Kanto)</source>
        <translation>1 января (Канто)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 April (Kansai)</source>
        <translation>1 апреля (Кансай)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Co&amp;mmission (incl. tax)</source>
        <translation>Ко&amp;миссия (с налогом)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override reason</source>
        <translation>Причина превышения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only when the buyer pays its own broker at this closing</source>
        <translation>только если покупатель оплачивает своё агентство в этих расчётах</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Buyer&apos;s broker</source>
        <translation>&amp;Агентство покупателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s broker commission</source>
        <translation>Комиссия агентства покупателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax &amp;year starts</source>
        <translation>Начало налогового &amp;года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual property &amp;tax</source>
        <translation>Годовой &amp;налог на имущество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management &amp;association</source>
        <translation>Ассоциация &amp;собственников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management fee a month</source>
        <translation>Взнос на управление в месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair reserve a month</source>
        <translation>Взнос в фонд ремонта в месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management fee arrears</source>
        <translation>Долг по взносам на управление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair reserve arrears</source>
        <translation>Долг по взносам в фонд ремонта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking arrears</source>
        <translation>Долг за парковку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving allowance</source>
        <translation>Расходы на переезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrivener&apos;s fee</source>
        <translation>Вознаграждение юриста-регистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Earnest money</source>
        <translation>&amp;Задаток</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the lender refused (for Refuse)</source>
        <translation>Причина отказа кредитора (для «Отклонить»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve line</source>
        <translation>&amp;Одобрить строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fuse line</source>
        <translation>Отклон&amp;ить строку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names, separated by ;</source>
        <translation>имена через ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer</source>
        <translation>&amp;Покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Day of settlement</source>
        <translation>Дата расчётов</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Earnest money</source>
        <translation>Задаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guarantor company</source>
        <translation>&amp;Гарантийная компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It paid the bank off on</source>
        <translation>Дата погашения долга перед банком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint guarantors</source>
        <translation>Со&amp;лидарные поручители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court costs of an auction</source>
        <translation>Судебные расходы на торги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lender&apos;s decision on each line:</source>
        <translation>Решение кредитора по каждой строке:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer debit</source>
        <translation>Покупатель, дебет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer credit</source>
        <translation>Покупатель, кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller debit</source>
        <translation>Продавец, дебет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller credit</source>
        <translation>Продавец, кредит</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xplain</source>
        <translation>&amp;Пояснить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still owed after the sale</source>
        <translation>Долг, остающийся после продажи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voluntary sale against a court auction</source>
        <translation>Добровольная продажа или судебные торги</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revise (new version)</source>
        <translation>&amp;Пересмотреть (новая редакция)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;statement…</source>
        <translation>Печать &amp;расчётной ведомости…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;distribution table…</source>
        <translation>Печать &amp;таблицы распределения…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Car — dealer purchase</source>
        <translation>Автомобиль — выкуп дилером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car — trade-in</source>
        <translation>Автомобиль — трейд-ин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car — private sale</source>
        <translation>Автомобиль — продажа частному лицу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home — market sale</source>
        <translation>Жильё — продажа на рынке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home — voluntary sale</source>
        <translation>Жильё — добровольная продажа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balanced</source>
        <translation>Сходится</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overage</source>
        <translation>Излишек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortage</source>
        <translation>Недостача</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+334"/>
        <source>FINAL</source>
        <translation>ОКОНЧАТЕЛЬНАЯ</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+334"/>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Not settled yet</source>
        <translation>Расчёт ещё не выполнен</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;Seller:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Продавец:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Asset:&lt;/b&gt; {asset}</source>
        <translation>&lt;b&gt;Имущество:&lt;/b&gt; {asset}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desk&apos;s estimate</source>
        <translation>расчёта офиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lender&apos;s letter</source>
        <translation>справки кредитора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lender&apos;s letter, extended</source>
        <translation>справки кредитора с продлением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Payoff used:&lt;/b&gt; {amount} on {on}, from {source}</source>
        <translation>&lt;b&gt;Сумма погашения:&lt;/b&gt; {amount} на {on}, по данным {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter {reference}, good through {date}</source>
        <translation>Справка № {reference}, действительна по {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per diem {amount}</source>
        <translation>Проценты за день: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender: {lender}</source>
        <translation>Кредитор: {lender}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual inside the payoff: {amount}</source>
        <translation>Остаточный платёж в сумме погашения: {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loan on the car.</source>
        <translation>Автомобиль не в залоге по кредиту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mortgage {rank}: {lender} — payoff {amount}</source>
        <translation>Ипотека, очередь {rank}: {lender} — сумма погашения {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lien {rank}: {creditor} — balance {amount}</source>
        <translation>Обременение, очередь {rank}: {creditor} — остаток долга {amount}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table proposed on</source>
        <translation>Дата предложения таблицы</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Charged {amount}: at the legal cap.</source>
        <translation>Начислено {amount}: в пределах законного лимита.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged {amount}; the legal cap is {cap}.</source>
        <translation>Начислено {amount}; законный лимит — {cap}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Price and deposits</source>
        <translation>Цена и задатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prorations and adjustments</source>
        <translation>Пропорциональные доплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoffs</source>
        <translation>Погашение кредитов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government and registration</source>
        <translation>Налоги и регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other costs</source>
        <translation>Прочие расходы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowances</source>
        <translation>Зачёты и компенсации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeds</source>
        <translation>Выплата продавцу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line} (outside the closing)</source>
        <translation>{line} (вне расчётов по сделке)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creditors receive {voluntary} from the voluntary sale against {auction} from an auction ({gain} more); the seller owes {saved} less afterwards.</source>
        <translation>При добровольной продаже кредиторы получают {voluntary}, а при судебных торгах — {auction} (добровольная продажа даёт на {gain} больше); долг продавца после продажи меньше на {saved}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;{amount}&lt;/b&gt; in all, no longer secured by the home.</source>
        <translation>Всего &lt;b&gt;{amount}&lt;/b&gt;, уже без залога жилья.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{creditor}: debt {debt} − received {received} = &lt;b&gt;{remaining}&lt;/b&gt;</source>
        <translation>{creditor}: долг {debt} − получено {received} = &lt;b&gt;{remaining}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guarantor company: {name}, which paid the bank off on {day} and holds the claim</source>
        <translation>Гарантийная компания: {name}; погасила долг перед банком {day} и является кредитором</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guarantor company: {name}</source>
        <translation>Гарантийная компания: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint guarantor (連帯保証人): {name}, who owes it too and must be told before the sale</source>
        <translation>Солидарный поручитель (連帯保証人): {name}; тоже отвечает за долг, его нужно уведомить до продажи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {version} — {status}</source>
        <translation>Редакция {version} — {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalised by {who}</source>
        <translation>утвердил(а) {who}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the price.</source>
        <translation>Укажите цену.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dealer fee</source>
        <translation>Сбор дилера</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the loan-to-value cap as a percentage.</source>
        <translation>Укажите предельное соотношение кредит/залог в процентах.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the new car&apos;s lender.</source>
        <translation>Укажите кредитора по новому автомобилю.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the day of settlement.</source>
        <translation>Укажите дату расчётов.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the day the table is proposed.</source>
        <translation>Укажите дату предложения таблицы.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Choose a computed line to see its arithmetic.</source>
        <translation>Выберите рассчитанную строку, чтобы увидеть расчёт.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This settlement cannot be finalised:</source>
        <translation>Эту расчётную ведомость нельзя утвердить:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="-51"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo database. Sign in as clerk, officer, security or manager with the password {password}; your administrator account manages users and settings.</source>
        <translation>Демонстрационная база. Войдите как clerk, officer, security или manager с паролем {password}; ваша учётная запись администратора управляет пользователями и настройками.</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="+5"/>
        <source>Sign in to LienDesk</source>
        <translation>Вход в LienDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="+77"/>
        <source>LienDesk is locked — {name}</source>
        <translation>LienDesk заблокирован — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../forms/unlock.ui" line="+5"/>
        <source>LienDesk is locked</source>
        <translation>LienDesk заблокирован</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../forms/user.ui" line="+5"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../desktop/ui/access/users_screen.py" line="+44"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable / enable</source>
        <translation>&amp;Отключить / включить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Пользователи&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for {name}:</source>
        <translation>Новый пароль для {name}:</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../forms/vehicle.ui" line="+5"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;VIN or chassis number</source>
        <translation>&amp;VIN или номер кузова</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ZVW30-1234567 or a 17-character VIN</source>
        <translation>напр. ZVW30-1234567 или VIN из 17 знаков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plate</source>
        <translation>&amp;Госномер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make</source>
        <translation>&amp;Марка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;odel</source>
        <translation>Мо&amp;дель</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model &amp;year</source>
        <translation>Год &amp;выпуска</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;ileage (km)</source>
        <translation>&amp;Пробег (км)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner of &amp;record</source>
        <translation>&amp;Собственник по документам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registered owner: the customer, or the lender under ownership retention</source>
        <translation>Зарегистрированный собственник: клиент или кредитор, сохраняющий право собственности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First registered on</source>
        <translation>Дата первой &amp;регистрации</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+274"/>
        <source>Encrypting the database…</source>
        <translation>Шифрование базы данных…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer does not hold the key of the database. Enter an administrator&apos;s password to unlock it:</source>
        <translation>На этом компьютере нет ключа базы данных. Для разблокировки введите пароль администратора:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That password does not unlock it. Try again:</source>
        <translation>Этот пароль не подходит. Попробуйте ещё раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the database</source>
        <translation>Разблокировка базы данных</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot unlock the database</source>
        <translation>Не удаётся разблокировать базу данных</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+10"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the whole database…</source>
        <extracomment>desktop/app.py:157</extracomment>
        <translation>Полная проверка базы данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database checked: OK</source>
        <extracomment>desktop/app.py:151</extracomment>
        <translation>База данных проверена: ошибок нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database damaged: read-only</source>
        <extracomment>desktop/app.py:153</extracomment>
        <translation>База данных повреждена: только чтение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LienDesk found damage in its database and has stopped saving, so nothing more is lost. You can still look records up. Use File → Restore latest backup to continue working from the last good copy.</source>
        <extracomment>desktop/app.py:171</extracomment>
        <translation>LienDesk обнаружил повреждение базы данных и прекратил сохранение, чтобы больше ничего не потерять. Просматривать записи по-прежнему можно. Чтобы продолжить работу с последней исправной копии, выберите Файл → Восстановить последнюю резервную копию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup</source>
        <extracomment>desktop/app.py:188</extracomment>
        <translation>Нет резервной копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the current database with the backup {name}? The current file is kept beside it, renamed, and LienDesk restarts.</source>
        <extracomment>desktop/app.py:191</extracomment>
        <translation>Заменить текущую базу данных резервной копией {name}? Текущий файл будет сохранён рядом под другим именем, а LienDesk перезапустится.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup</source>
        <extracomment>desktop/app.py:191</extracomment>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the latest backup, {name}? The damaged file is kept beside it, renamed.</source>
        <extracomment>desktop/app.py:341</extracomment>
        <translation>Восстановить последнюю резервную копию {name}? Повреждённый файл будет сохранён рядом под другим именем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is damaged</source>
        <extracomment>desktop/app.py:171</extracomment>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup to restore. The damaged file has not been changed.</source>
        <extracomment>desktop/app.py:338</extracomment>
        <translation>Нет резервной копии для восстановления. Повреждённый файл не изменён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup yet. LienDesk makes one each time it closes.</source>
        <extracomment>desktop/app.py:188</extracomment>
        <translation>Резервной копии пока нет. LienDesk создаёт её при каждом закрытии.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual days / 365</source>
        <extracomment>desktop/ui/widgets/choices.py:59</extracomment>
        <translation>Фактические дни / 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <extracomment>desktop/ui/widgets/choices.py:74</extracomment>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual rate / 12 each month</source>
        <extracomment>desktop/ui/widgets/choices.py:59</extracomment>
        <translation>Годовая ставка / 12 ежемесячно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <extracomment>desktop/ui/widgets/choices.py:48</extracomment>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch manager</source>
        <extracomment>desktop/ui/widgets/choices.py:73</extracomment>
        <translation>Руководитель отделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullet (all at maturity)</source>
        <extracomment>desktop/ui/widgets/choices.py:55</extracomment>
        <translation>Единовременно в конце срока</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>Досрочно истребован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clerk</source>
        <extracomment>desktop/ui/widgets/choices.py:72</extracomment>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-operative</source>
        <extracomment>desktop/ui/widgets/choices.py:50</extracomment>
        <translation>Кредитный кооператив</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condominium</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>Квартира</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit officer</source>
        <extracomment>desktop/ui/widgets/choices.py:72</extracomment>
        <translation>Кредитный инспектор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer credit</source>
        <extracomment>desktop/ui/widgets/choices.py:50</extracomment>
        <translation>Кредит дилера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <extracomment>desktop/ui/widgets/choices.py:38</extracomment>
        <translation>Водительское удостоверение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal installments</source>
        <extracomment>desktop/ui/widgets/choices.py:54</extracomment>
        <translation>Аннуитетные платежи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal principal</source>
        <extracomment>desktop/ui/widgets/choices.py:54</extracomment>
        <translation>Дифференцированные платежи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <extracomment>desktop/ui/widgets/choices.py:29</extracomment>
        <translation>Женский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance company</source>
        <extracomment>desktop/ui/widgets/choices.py:48</extracomment>
        <translation>Финансовая компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantee given</source>
        <extracomment>desktop/ui/widgets/choices.py:43</extracomment>
        <translation>Поручительство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor company</source>
        <extracomment>desktop/ui/widgets/choices.py:49</extracomment>
        <translation>Поручитель (гарантийная компания)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>Дом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan</source>
        <extracomment>desktop/ui/widgets/choices.py:43</extracomment>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Male</source>
        <extracomment>desktop/ui/widgets/choices.py:29</extracomment>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Number card</source>
        <extracomment>desktop/ui/widgets/choices.py:38</extracomment>
        <translation>Карта My Number (Япония)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other document</source>
        <extracomment>desktop/ui/widgets/choices.py:39</extracomment>
        <translation>Иной документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdraft / card limit</source>
        <extracomment>desktop/ui/widgets/choices.py:44</extracomment>
        <translation>Овердрафт / кредитная карта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid off</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>Погашен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport</source>
        <extracomment>desktop/ui/widgets/choices.py:37</extracomment>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident fund centre</source>
        <extracomment>desktop/ui/widgets/choices.py:49</extracomment>
        <translation>Центр жилищного накопительного фонда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence card</source>
        <extracomment>desktop/ui/widgets/choices.py:37</extracomment>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident identity card</source>
        <extracomment>desktop/ui/widgets/choices.py:39</extracomment>
        <translation>Удостоверение личности гражданина КНР</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual value (balloon)</source>
        <extracomment>desktop/ui/widgets/choices.py:55</extracomment>
        <translation>С остаточным платежом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security officer</source>
        <extracomment>desktop/ui/widgets/choices.py:73</extracomment>
        <translation>Сотрудник службы безопасности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subrogated to guarantor</source>
        <extracomment>desktop/ui/widgets/choices.py:68</extracomment>
        <translation>Перешёл к поручителю (суброгация)</translation>
    </message>
</context>
<context>
    <name>credit</name>
    <message>
        <location line="+2"/>
        <source>80 % of the commercial loan converted</source>
        <extracomment>desktop/ui/credit/labels.py:169</extracomment>
        <translation>80 % переводимого коммерческого кредита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A home already owned</source>
        <extracomment>desktop/ui/credit/labels.py:122</extracomment>
        <translation>Жильё, уже находящееся в собственности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A negative credit history</source>
        <extracomment>desktop/ui/credit/labels.py:135</extracomment>
        <translation>Отрицательная кредитная история</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A third person&apos;s guarantee</source>
        <extracomment>desktop/ui/credit/labels.py:124</extracomment>
        <translation>Поручительство третьего лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <extracomment>desktop/ui/credit/labels.py:35</extracomment>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the decision centre</source>
        <extracomment>desktop/ui/credit/labels.py:183</extracomment>
        <translation>Одобрено Центром обработки кредитных заявок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrower&apos;s life</source>
        <extracomment>desktop/ui/credit/labels.py:148</extracomment>
        <translation>Жизнь заёмщика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying a home</source>
        <extracomment>desktop/ui/credit/labels.py:91</extracomment>
        <translation>Покупка жилья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car</source>
        <extracomment>desktop/ui/credit/labels.py:91</extracomment>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared by security</source>
        <extracomment>desktop/ui/credit/labels.py:184</extracomment>
        <translation>Отметка СЭБ поставлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comprehensive (КАСКО)</source>
        <extracomment>desktop/ui/credit/labels.py:146</extracomment>
        <translation>КАСКО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compulsory liability (ОСАГО)</source>
        <extracomment>desktop/ui/credit/labels.py:146</extracomment>
        <translation>ОСАГО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting a commercial loan</source>
        <extracomment>desktop/ui/credit/labels.py:93</extracomment>
        <translation>Перевод коммерческого кредита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <extracomment>desktop/ui/credit/labels.py:83</extracomment>
        <translation>Копия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt burden (50 % of net income)</source>
        <extracomment>desktop/ui/credit/labels.py:160</extracomment>
        <translation>Общая долговая нагрузка (50 % чистого дохода)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents returned</source>
        <extracomment>desktop/ui/credit/labels.py:186</extracomment>
        <translation>Документы возвращены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down payment margin</source>
        <extracomment>desktop/ui/credit/labels.py:164</extracomment>
        <translation>Минимальный первоначальный взнос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <extracomment>desktop/ui/credit/labels.py:31</extracomment>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <extracomment>desktop/ui/credit/labels.py:64</extracomment>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency service</source>
        <extracomment>desktop/ui/credit/labels.py:101</extracomment>
        <translation>Служба спасения (МЧС)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <extracomment>desktop/ui/credit/labels.py:97</extracomment>
        <translation>Работник по найму</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entrepreneur</source>
        <extracomment>desktop/ui/credit/labels.py:98</extracomment>
        <translation>Индивидуальный предприниматель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <extracomment>desktop/ui/credit/labels.py:78</extracomment>
        <translation>Срок действия истёк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>desktop/ui/credit/labels.py:52</extracomment>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed among refusals</source>
        <extracomment>desktop/ui/credit/labels.py:187</extracomment>
        <translation>Помещено в папку отказов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor</source>
        <extracomment>desktop/ui/credit/labels.py:110</extracomment>
        <translation>Поручитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment share of income</source>
        <extracomment>desktop/ui/credit/labels.py:161</extracomment>
        <translation>Доля платежа в доходе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>International passport</source>
        <extracomment>desktop/ui/credit/labels.py:116</extracomment>
        <translation>Заграничный паспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <extracomment>desktop/ui/credit/labels.py:65</extracomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan to value of the collateral</source>
        <extracomment>desktop/ui/credit/labels.py:166</extracomment>
        <translation>Соотношение кредита и стоимости залога</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan within the price</source>
        <extracomment>desktop/ui/credit/labels.py:162</extracomment>
        <translation>Кредит в пределах цены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married</source>
        <extracomment>desktop/ui/credit/labels.py:105</extracomment>
        <translation>Состоит в браке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <extracomment>desktop/ui/credit/labels.py:65</extracomment>
        <translation>Выполнено в срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Military service</source>
        <extracomment>desktop/ui/credit/labels.py:99</extracomment>
        <translation>Военная служба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <extracomment>desktop/ui/credit/labels.py:77</extracomment>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mortgage on the home bought</source>
        <extracomment>desktop/ui/credit/labels.py:121</extracomment>
        <translation>Ипотека приобретаемого жилья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple of the fund balance</source>
        <extracomment>desktop/ui/credit/labels.py:167</extracomment>
        <translation>Кратность остатку на счёте фонда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <extracomment>desktop/ui/credit/labels.py:53</extracomment>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative</source>
        <extracomment>desktop/ui/credit/labels.py:129</extracomment>
        <translation>Отрицательное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative (criminal) information about the borrower</source>
        <extracomment>desktop/ui/credit/labels.py:134</extracomment>
        <translation>Информация негативного (криминального) характера о заёмщике</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neither (yet)</source>
        <extracomment>desktop/ui/credit/labels.py:109</extracomment>
        <translation>Ни то ни другое (пока)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not certified</source>
        <extracomment>desktop/ui/credit/labels.py:77</extracomment>
        <translation>Не заверена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notarised consent</source>
        <extracomment>desktop/ui/credit/labels.py:111</extracomment>
        <translation>Нотариальное согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <extracomment>desktop/ui/credit/labels.py:64</extracomment>
        <translation>В срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <extracomment>desktop/ui/credit/labels.py:83</extracomment>
        <translation>Подлинник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages missing</source>
        <extracomment>desktop/ui/credit/labels.py:78</extracomment>
        <translation>Не хватает листов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <extracomment>desktop/ui/credit/labels.py:52</extracomment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passenger accident</source>
        <extracomment>desktop/ui/credit/labels.py:149</extracomment>
        <translation>Страхование пассажиров от несчастных случаев</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay soon</source>
        <extracomment>desktop/ui/credit/labels.py:153</extracomment>
        <translation>Скоро оплата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment late</source>
        <extracomment>desktop/ui/credit/labels.py:153</extracomment>
        <translation>Оплата просрочена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pension insurance certificate</source>
        <extracomment>desktop/ui/credit/labels.py:115</extracomment>
        <translation>Страховое свидетельство пенсионного страхования (СНИЛС)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police</source>
        <extracomment>desktop/ui/credit/labels.py:100</extracomment>
        <translation>Органы внутренних дел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive</source>
        <extracomment>desktop/ui/credit/labels.py:128</extracomment>
        <translation>Положительное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision</source>
        <extracomment>desktop/ui/credit/labels.py:47</extracomment>
        <translation>Положительное решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision: security clearance pending</source>
        <extracomment>desktop/ui/credit/labels.py:34</extracomment>
        <translation>Положительное решение: ожидается отметка СЭБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price less down payment</source>
        <extracomment>desktop/ui/credit/labels.py:163</extracomment>
        <translation>Цена за вычетом первоначального взноса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program maximum</source>
        <extracomment>desktop/ui/credit/labels.py:170</extracomment>
        <translation>Максимум по программе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof due</source>
        <extracomment>desktop/ui/credit/labels.py:154</extracomment>
        <translation>Ожидается подтверждение оплаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof late</source>
        <extracomment>desktop/ui/credit/labels.py:154</extracomment>
        <translation>Подтверждение оплаты просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <extracomment>desktop/ui/credit/labels.py:76</extracomment>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed</source>
        <extracomment>desktop/ui/credit/labels.py:185</extracomment>
        <translation>Уведомление об отказе подписано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <extracomment>desktop/ui/credit/labels.py:183 desktop/ui/credit/labels.py:36</extracomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused, filed</source>
        <extracomment>desktop/ui/credit/labels.py:37</extracomment>
        <translation>Отказ, в папке отказов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relatives by blood or marriage report the borrower cannot pay</source>
        <extracomment>desktop/ui/credit/labels.py:140</extracomment>
        <translation>Лица, состоящие с заёмщиком в родстве или свойстве, сообщают о его неплатёжеспособности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renovation</source>
        <extracomment>desktop/ui/credit/labels.py:92</extracomment>
        <translation>Ремонт жилья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renovation cap by floor area</source>
        <extracomment>desktop/ui/credit/labels.py:168</extracomment>
        <translation>Лимит на ремонт по площади</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Securities pledged</source>
        <extracomment>desktop/ui/credit/labels.py:123</extracomment>
        <translation>Залог ценных бумаг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security review</source>
        <extracomment>desktop/ui/credit/labels.py:182</extracomment>
        <translation>Проверка СЭБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the purchase price</source>
        <extracomment>desktop/ui/credit/labels.py:165</extracomment>
        <translation>Доля цены покупки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single</source>
        <extracomment>desktop/ui/credit/labels.py:105</extracomment>
        <translation>Не состоит в браке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <extracomment>desktop/ui/credit/labels.py:182 desktop/ui/credit/labels.py:45</extracomment>
        <translation>Направлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: awaiting the decision</source>
        <extracomment>desktop/ui/credit/labels.py:29 desktop/ui/credit/labels.py:43</extracomment>
        <translation>Направлена: ожидает решения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: with the security officer</source>
        <extracomment>desktop/ui/credit/labels.py:32</extracomment>
        <translation>Направлена: на проверке в СЭБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxpayer number certificate</source>
        <extracomment>desktop/ui/credit/labels.py:117</extracomment>
        <translation>Свидетельство о постановке на учёт в налоговом органе (ИНН)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower gave false information</source>
        <extracomment>desktop/ui/credit/labels.py:136</extracomment>
        <translation>Заёмщик предоставил ложную информацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employer reports a coming dismissal or redundancy</source>
        <extracomment>desktop/ui/credit/labels.py:138</extracomment>
        <translation>Работодатель сообщает о предстоящем увольнении или сокращении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interview at signing ended negatively</source>
        <extracomment>desktop/ui/credit/labels.py:141</extracomment>
        <translation>Собеседование при подписании завершилось отрицательно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vetoed by security</source>
        <extracomment>desktop/ui/credit/labels.py:184</extracomment>
        <translation>«Вето» СЭБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voluntary liability</source>
        <extracomment>desktop/ui/credit/labels.py:147</extracomment>
        <translation>ДСАГО (добровольная гражданская ответственность)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the decision centre</source>
        <extracomment>desktop/ui/credit/labels.py:33</extracomment>
        <translation>В Центре обработки кредитных заявок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>— не указано —</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location line="+2"/>
        <source>Cannot do that now</source>
        <extracomment>desktop/ui/errors.py:61</extracomment>
        <translation>Сейчас это действие невозможно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <extracomment>desktop/ui/errors.py:78</extracomment>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LienDesk hit an unexpected error. Nothing half-done was saved. Use “Copy details” and send them to your support contact.</source>
        <extracomment>desktop/ui/errors.py:62</extracomment>
        <translation>В LienDesk произошла непредвиденная ошибка. Незавершённые изменения не сохранены. Нажмите «Скопировать подробности» и отправьте их в службу поддержки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <extracomment>desktop/ui/errors.py:57</extracomment>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the form</source>
        <extracomment>desktop/ui/errors.py:50</extracomment>
        <translation>Проверьте заполнение формы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving is stopped</source>
        <extracomment>desktop/ui/errors.py:52</extracomment>
        <translation>Сохранение остановлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <extracomment>desktop/ui/errors.py:62</extracomment>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database failed its integrity check, so LienDesk stopped writing to it to keep your records safe. Restore the latest backup from the File menu.</source>
        <extracomment>desktop/ui/errors.py:52</extracomment>
        <translation>База данных не прошла проверку целостности, поэтому LienDesk прекратил запись в неё, чтобы сохранить ваши данные. Восстановите последнюю резервную копию через меню «Файл».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record no longer exists. It may have been removed.</source>
        <extracomment>desktop/ui/errors.py:57</extracomment>
        <translation>Запись больше не существует. Возможно, она была удалена.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location line="+2"/>
        <source>A 17-character VIN has no I, O or Q.</source>
        <extracomment>desktop/domain/assets.py:82</extracomment>
        <translation>VIN из 17 знаков не содержит букв I, O и Q.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy cannot be certified before the document was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:93</extracomment>
        <translation>Копию нельзя заверить раньше даты выдачи документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document can be returned only after it was received.</source>
        <extracomment>desktop/domain/credit/dossier.py:84</extracomment>
        <translation>Вернуть можно только поступивший документ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot be received before it was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:89</extracomment>
        <translation>Документ не может поступить раньше даты выдачи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot be returned before the day it was received.</source>
        <extracomment>desktop/domain/credit/dossier.py:86</extracomment>
        <translation>Документ нельзя вернуть раньше дня его поступления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot expire before it was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:91</extracomment>
        <translation>Срок действия документа не может истечь раньше даты выдачи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document has at least one page.</source>
        <extracomment>desktop/domain/credit/dossier.py:77 desktop/domain/credit/dossier.py:81</extracomment>
        <translation>В документе должен быть хотя бы один лист.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A home of {area} m² falls in the band {band}: a renovation loan of at most {tier_limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Жильё площадью {area} м² попадает в диапазон {band}: кредит на ремонт — не более {tier_limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lien release for this loan is already under way (sale on {sale_on}). Continue that one instead of starting another.</source>
        <extracomment>desktop/services/releases.py:42</extracomment>
        <translation>Снятие обременения по этому кредиту уже отслеживается (продажа {sale_on}). Продолжите его, а не начинайте новое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line between the closing account and itself moves nothing.</source>
        <extracomment>desktop/domain/settlement.py:125</extracomment>
        <translation>Строка между расчётным счётом сделки и им же самим ничего не перемещает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line&apos;s amount cannot be negative: swap payer and payee instead.</source>
        <extracomment>desktop/domain/settlement.py:119</extracomment>
        <translation>Сумма строки не может быть отрицательной: поменяйте местами плательщика и получателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mortgage sits on at least one parcel or building.</source>
        <extracomment>desktop/domain/fees.py:394</extracomment>
        <translation>Ипотека должна обременять хотя бы один земельный участок или здание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password does not start or end with a space.</source>
        <extracomment>desktop/domain/access.py:126</extracomment>
        <translation>Пароль не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password has at least {count} characters.</source>
        <extracomment>desktop/domain/access.py:123</extracomment>
        <translation>Пароль должен содержать не менее {count} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff cannot be quoted before the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:684</extracomment>
        <translation>Сумму погашения нельзя рассчитать на дату до выдачи кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff is quoted for today or a later day, never back-dated.</source>
        <extracomment>desktop/services/payoffs.py:44</extracomment>
        <translation>Сумма погашения рассчитывается на сегодня или более позднюю дату, но не задним числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff letter is good through a day on or after it was received.</source>
        <extracomment>desktop/domain/payoffs.py:57</extracomment>
        <translation>Справка о сумме погашения действительна по дату не ранее дня её получения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has 7 to 15 digits.</source>
        <extracomment>desktop/domain/customers.py:134</extracomment>
        <translation>Номер телефона содержит от 7 до 15 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prepayment cannot come before the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:464</extracomment>
        <translation>Досрочное погашение не может предшествовать выдаче кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private sale has no dealer to charge fees.</source>
        <extracomment>desktop/domain/car_sale.py:208</extracomment>
        <translation>При частной продаже нет дилера, который взимал бы сборы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A purchase or trade-in is by a dealer: choose the dealer as buyer.</source>
        <extracomment>desktop/domain/car_sale.py:206</extracomment>
        <translation>Выкуп и трейд-ин проводит дилер: выберите дилера в качестве покупателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate is between 0 and 100 percent.</source>
        <extracomment>desktop/domain/rates.py:22</extracomment>
        <translation>Ставка — от 0 до 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal notice is printed for a refused application only.</source>
        <extracomment>desktop/services/credit.py:539</extracomment>
        <translation>Уведомление об отказе печатается только по заявке, по которой отказано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal notice needs a refused application; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>Уведомление об отказе оформляется только при отказе; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A residual-value loan keeps its term: lower the installment instead.</source>
        <extracomment>desktop/domain/loans.py:485</extracomment>
        <translation>Срок кредита с остаточным платежом не меняется: уменьшите вместо этого ежемесячный платёж.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (over {limit}) is repaid monthly.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Кредит сроком {term} мес. (более {limit}) погашается ежемесячно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (over {limit}) is repaid monthly; one sum at maturity is not allowed.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Кредит сроком {term} мес. (более {limit}) погашается ежемесячно; погашение одной суммой в конце срока не допускается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (up to {limit}) is repaid in one sum at maturity.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Кредит сроком {term} мес. (не более {limit}) погашается одной суммой в конце срока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (up to {limit}) is repaid in one sum at maturity; choose that method.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Кредит сроком {term} мес. (не более {limit}) погашается одной суммой в конце срока; выберите этот порядок погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months; the program allows {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Срок {term} мес.; программа допускает {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tolerance for {currency} must be zero or more.</source>
        <extracomment>desktop/domain/settings.py:71</extracomment>
        <translation>Допуск для {currency} не может быть меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A used car must be bought from a dealer with a cooperation agreement; this seller has none.</source>
        <extracomment>desktop/domain/credit/eligibility.py:416 desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Подержанный автомобиль должен приобретаться у автосалона, заключившего соглашение о сотрудничестве с банком; у этого продавца соглашения нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A used car must be technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:416 desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Подержанный автомобиль должен быть технически исправен и пригоден к эксплуатации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is one word, without spaces.</source>
        <extracomment>desktop/domain/access.py:113</extracomment>
        <translation>Имя пользователя — одно слово, без пробелов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A veto cancels a positive decision of the centre; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>«Вето» отменяет положительное решение Центра обработки кредитных заявок; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount}. Клиент — собственник по регистрации: право можно передать, сохранив долг (с его учётом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount}. Клиент — собственник по регистрации: право можно передать, сохранив долг (с его учётом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount} по справке кредитора {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount} по справке кредитора {reference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}, which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount}, включая остаточный платёж {residual} по кредиту с остаточной стоимостью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}, which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount}, включая остаточный платёж {residual} по кредиту с остаточной стоимостью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>{buyer} оплачивает авансом из цены (立替), чтобы кредитор ({lender}) снял обременение (所有権解除): сумма погашения {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the sale {total} remains owed, unsecured: negotiate a repayment plan; otherwise a lawsuit and wage garnishment may follow.</source>
        <extracomment>desktop/domain/short_sale.py:592</extracomment>
        <translation>После продажи остаётся долг {total}, уже без обеспечения: согласуйте график погашения; иначе возможны иск и взыскание из зарплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age on {contract_date} is {age}; the program allows {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Возраст на {contract_date} — {age}; программа допускает {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application keeps its program; open a new application for another program.</source>
        <extracomment>desktop/services/credit.py:318</extracomment>
        <translation>Программу заявки изменить нельзя; для другой программы откройте новую заявку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:417</extracomment>
        <translation>Предложение должно быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on {day}, a working day. Received at or after 12:00, so the Conclusion is due by 12:00 the following day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:193</extracomment>
        <translation>Срок Центра обработки кредитных заявок (время {zone}, п. 4.1.1.5 Стандарта). Заявка поступила в {clock} {day}, в рабочий день. Поступила в 12:00 или позже, поэтому Заключение должно быть направлено не позднее 12:00 следующего дня: {due_at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on {day}, a working day. Received before 12:00, so the Conclusion is due by 18:00 the same day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:181</extracomment>
        <translation>Срок Центра обработки кредитных заявок (время {zone}, п. 4.1.1.5 Стандарта). Заявка поступила в {clock} {day}, в рабочий день. Поступила до 12:00, поэтому Заключение должно быть направлено не позднее 18:00 того же дня: {due_at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock}, at or after 17:00: counted as received at the start of the next working day, {start}. That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:173</extracomment>
        <translation>Срок Центра обработки кредитных заявок (время {zone}, п. 4.1.1.5 Стандарта). Заявка поступила в {clock}, в 17:00 или позже: днём поступления считается следующий рабочий день, с его начала — {start}. Это до 12:00, поэтому Заключение должно быть направлено не позднее 18:00 этого дня: {due_at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received on {day}, not a working day: counted as received at the start of the next working day, {start}. That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:161</extracomment>
        <translation>Срок Центра обработки кредитных заявок (время {zone}, п. 4.1.1.5 Стандарта). Заявка поступила {day}, в нерабочий день: днём поступления считается следующий рабочий день, с его начала — {start}. Это до 12:00, поэтому Заключение должно быть направлено не позднее 18:00 этого дня: {due_at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application received and decision told to the borrower on the same day, {told_on}: no pay-out before 12:00 of the next working day, {not_before} (book 4.1.1.7).</source>
        <extracomment>desktop/domain/credit/deadlines.py:269</extracomment>
        <translation>Заявка получена и решение сообщено заёмщику в один день, {told_on}: выдача кредита не ранее 12:00 следующего рабочего дня, {not_before} (п. 4.1.1.7 Стандарта).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application received on {received_on}, decision told to the borrower on {told_on}: not the same day, so the pay-out need not wait (book 4.1.1.7).</source>
        <extracomment>desktop/domain/credit/deadlines.py:263</extracomment>
        <translation>Заявка получена {received_on}, решение сообщено заёмщику {told_on}: не в один день, поэтому выдачу кредита откладывать не нужно (п. 4.1.1.7 Стандарта).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application submitted for a decision by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:256</extracomment>
        <translation>Заявка направлена на принятие решения: {user}, {at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application submitted to the branch security officer by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:253</extracomment>
        <translation>Заявка направлена на проверку сотруднику службы безопасности филиала: {user}, {at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve between 0 and {most}.</source>
        <extracomment>desktop/domain/short_sale.py:221</extracomment>
        <translation>Одобряемая сумма — от 0 до {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {user} at {at}: {amount} for {term} months at {rate} a year.</source>
        <extracomment>desktop/domain/credit/decisions.py:353</extracomment>
        <translation>Одобрено: {user}, {at}: {amount} на {term} мес. под {rate} годовых.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {user} at {at}: {amount} for {term} months at {rate} a year; awaiting the security officer&apos;s clearance.</source>
        <extracomment>desktop/domain/credit/decisions.py:350</extracomment>
        <translation>Одобрено: {user}, {at}: {amount} на {term} мес. под {rate} годовых; ожидается отметка сотрудника службы безопасности.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction petitioned on {day}: bids open about 6 months later (around {bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Заявление о торгах подано {day}: приём заявок на торгах откроется примерно через 6 месяцев (около {bid}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction petitioned on {day}: bids open about 6 months later (on {bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Заявление о торгах подано {day}: приём заявок на торгах откроется примерно через 6 месяцев ({bid}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction: market price {market} × {pct}% = {bid} − court costs {court} = {net} to the creditors; debt {debt} − {received} = {owes} still owed.</source>
        <extracomment>desktop/domain/short_sale.py:689</extracomment>
        <translation>Торги: рыночная цена {market} × {pct} % = {bid} − судебные расходы {court} = {net} кредиторам; долг {debt} − {received} = остаётся {owes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance paid by the buyer at settlement (残代金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Остаток цены, который покупатель платит при расчётах (残代金)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced: {agent} collects {money_in} and pays out {money_out}.</source>
        <extracomment>desktop/domain/settlement.py:328</extracomment>
        <translation>Сходится: {agent} получает {money_in} и выплачивает {money_out}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}, {lead} more than {runner}; {gain} more than the first offer {first}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>Лучшее из предложений ({count}): {best} от {bidder}, на {lead} больше, чем у {runner}; на {gain} больше первого предложения {first}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>Лучшее из предложений ({count}): {best} от {bidder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}. It covers the payoff {payoff} with {equity} to spare.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>Лучшее из предложений ({count}): {best} от {bidder}. Оно покрывает сумму погашения {payoff} с запасом {equity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}. It falls short of the payoff {payoff} by {equity}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>Лучшее из предложений ({count}): {best} от {bidder}. До суммы погашения {payoff} не хватает {equity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 0 and 30 days.</source>
        <extracomment>desktop/domain/retention.py:151</extracomment>
        <translation>От 0 до 30 дней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 180 days.</source>
        <extracomment>desktop/domain/settings.py:60</extracomment>
        <translation>От 1 до 180 дней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 240 minutes.</source>
        <extracomment>desktop/domain/settings.py:66</extracomment>
        <translation>От 1 до 240 минут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 90 days.</source>
        <extracomment>desktop/domain/settings.py:58</extracomment>
        <translation>От 1 до 90 дней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 minute and a day.</source>
        <extracomment>desktop/domain/settings.py:64</extracomment>
        <translation>От 1 минуты до суток.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 3 and 20 attempts.</source>
        <extracomment>desktop/domain/settings.py:62</extracomment>
        <translation>От 3 до 20 попыток.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between {least} and {most} months.</source>
        <extracomment>desktop/domain/retention.py:144</extracomment>
        <translation>От {least} до {most} месяцев.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bicycle-space arrears (駐輪場代): the seller&apos;s own debt</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Долг за велопарковку (駐輪場代): личный долг продавца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Комиссия агентства {broker}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker} (buyer&apos;s side)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Комиссия агентства {broker} (сторона покупателя)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker} (seller&apos;s side)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Комиссия агентства {broker} (сторона продавца)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the management fee from {day}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Доля покупателя во взносе на управление с {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the property tax from {day} (固定資産税等精算金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Доля покупателя в налоге на имущество с {day} (固定資産税等精算金)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the repair reserve from {day}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Доля покупателя во взносе в фонд ремонта с {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot tell new from used: {missing} not recorded.</source>
        <extracomment>desktop/domain/credit/eligibility.py:360</extracomment>
        <translation>Нельзя определить, новое ТС или подержанное: не указано — {missing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash from {seller} to cover the shortfall</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Доплата наличными от продавца ({seller}) на покрытие недостачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the VIN or chassis number.</source>
        <extracomment>desktop/domain/assets.py:85</extracomment>
        <translation>Проверьте VIN или номер кузова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the model year.</source>
        <extracomment>desktop/domain/assets.py:87</extracomment>
        <translation>Проверьте год выпуска.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the year of birth.</source>
        <extracomment>desktop/domain/customers.py:118</extracomment>
        <translation>Проверьте год рождения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the languages offered.</source>
        <extracomment>desktop/domain/settings.py:68</extracomment>
        <translation>Выберите один из предложенных языков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the reasons for a veto.</source>
        <extracomment>desktop/domain/credit/decisions.py:310</extracomment>
        <translation>Выберите одно из оснований для «Вето».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose proposed, approved or refused.</source>
        <extracomment>desktop/services/settlements.py:242</extracomment>
        <translation>Выберите: предложено, одобрено или отклонено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the borrower.</source>
        <extracomment>desktop/domain/loan_accounts.py:42</extracomment>
        <translation>Выберите заёмщика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the car sold.</source>
        <extracomment>desktop/services/settlements.py:498</extracomment>
        <translation>Выберите проданный автомобиль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the customer.</source>
        <extracomment>desktop/ui/credit/dialogs.py:99</extracomment>
        <translation>Выберите клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the documents to return.</source>
        <extracomment>desktop/domain/credit/decisions.py:393</extracomment>
        <translation>Выберите документы для возврата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the home sold.</source>
        <extracomment>desktop/services/settlements.py:498</extracomment>
        <translation>Выберите проданное жильё.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of sale.</source>
        <extracomment>desktop/services/settlements.py:173</extracomment>
        <translation>Выберите вид продажи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the copy.</source>
        <extracomment>desktop/services/privacy.py:309</extracomment>
        <translation>Выберите язык копии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the customer&apos;s documents.</source>
        <extracomment>desktop/domain/customers.py:120</extracomment>
        <translation>Выберите язык документов клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the destruction record.</source>
        <extracomment>desktop/services/privacy.py:215</extracomment>
        <translation>Выберите язык акта об уничтожении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the document.</source>
        <extracomment>desktop/services/settlements.py:552</extracomment>
        <translation>Выберите язык документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lender.</source>
        <extracomment>desktop/domain/loan_accounts.py:40</extracomment>
        <translation>Выберите кредитора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lending program.</source>
        <extracomment>desktop/ui/credit/dialogs.py:101</extracomment>
        <translation>Выберите кредитную программу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record the document is issued for.</source>
        <extracomment>desktop/services/documents.py:35</extracomment>
        <translation>Выберите запись, по которой выдаётся документ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which document this is.</source>
        <extracomment>desktop/domain/credit/dossier.py:73</extracomment>
        <translation>Выберите, какой это документ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which document to issue.</source>
        <extracomment>desktop/services/documents.py:33</extracomment>
        <translation>Выберите документ для выдачи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who pays and who receives.</source>
        <extracomment>desktop/domain/settlement.py:121</extracomment>
        <translation>Выберите плательщика и получателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen of {citizenship}; the program lends only to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Гражданство: {citizenship}; программа кредитует только граждан: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen of {citizenship}; the program lends to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Гражданство: {citizenship}; программа кредитует граждан: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship not recorded; the program lends to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Гражданство не указано; программа кредитует граждан: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared from the proceeds: unpaid management fees and repair reserve pass to the buyer as the next owner, so the management association is paid before the handover.</source>
        <extracomment>desktop/domain/home_sale.py:386</extracomment>
        <translation>Погашается из выручки: неоплаченные взносы на управление и в фонд ремонта переходят к покупателю как новому собственнику, поэтому ассоциации платят до передачи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission at the legal cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:220</extracomment>
        <translation>Комиссия в размере законного предела: {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission {charged}, above the legal cap of {cap_total} by override (reason: {reason}). Cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:224</extracomment>
        <translation>Комиссия {charged}, выше законного предела {cap_total} в порядке исключения (причина: {reason}). Предел: {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission {charged}, agreed below the legal cap of {cap_total}. Cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:226</extracomment>
        <translation>Комиссия {charged}, согласована ниже законного предела {cap_total}. Предел: {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condominium arrears to {association}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Долг по взносам ({association})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn on {withdrawn_on}: the data is destroyed within {days} days, by {due_on}.</source>
        <extracomment>desktop/domain/retention.py:271</extracomment>
        <translation>Согласие отозвано {withdrawn_on}: данные уничтожаются в течение {days} дн., не позднее {due_on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract stamp duty (印紙税)</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Гербовый сбор по договору (印紙税)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract stamp duty is never paid from the price: it is the seller&apos;s own cost.</source>
        <extracomment>desktop/domain/short_sale.py:422</extracomment>
        <translation>Гербовый сбор по договору никогда не оплачивается из цены: это расход самого продавца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit history not checked: record how many times a payment was more than 30 calendar days late (at most {allowed}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Кредитная история не проверена: укажите, сколько раз платёж просрочивался более чем на 30 календарных дней (не более {allowed}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth not recorded; the loan must be repaid by the {limit}th birthday.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Дата рождения не указана; кредит должен быть погашен до достижения {limit} лет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth not recorded; the program allows ages {allowed} on the contract date.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Дата рождения не указана; программа допускает возраст {allowed} на дату договора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth or sex not recorded; the term may not run past the statutory retirement age.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Не указаны дата рождения или пол; срок кредита не может выходить за пенсионный возраст, установленный законом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer fee: {name}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Сбор дилера: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the fee.</source>
        <extracomment>desktop/domain/car_sale.py:213</extracomment>
        <translation>Укажите назначение сбора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the line.</source>
        <extracomment>desktop/domain/settlement.py:114</extracomment>
        <translation>Укажите описание строки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document “{code}” has not been received.</source>
        <extracomment>desktop/domain/credit/dossier.py:197</extracomment>
        <translation>Документ «{code}» не поступил.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document “{code}” is not in the dossier on {on}; nothing to return.</source>
        <extracomment>desktop/domain/credit/decisions.py:406</extracomment>
        <translation>На {on} документа «{code}» нет в досье; возвращать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents are returned after a refusal; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>Документы возвращаются только после отказа; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier filed among the refusals by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:419</extracomment>
        <translation>Досье помещено в папку отказов: {user}, {at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each mortgage has its own rank, 1 for the first.</source>
        <extracomment>desktop/domain/home_sale.py:272</extracomment>
        <translation>У каждой ипотеки своя очерёдность, 1 — у первой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earnest money (手付金) held by {holder}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Задаток (手付金); хранит {holder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment with the current employer is {months} months; the program asks for at least {needed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Стаж у текущего работодателя — {months} мес.; программа требует не менее {needed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment with the current employer not recorded; the program asks for at least {needed} months.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Стаж у текущего работодателя не указан; программа требует не менее {needed} мес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a file name for the document.</source>
        <extracomment>desktop/services/documents.py:37</extracomment>
        <translation>Укажите имя файла документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number.</source>
        <extracomment>desktop/domain/customers.py:132</extracomment>
        <translation>Укажите номер телефона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number of months, zero or more.</source>
        <extracomment>desktop/domain/loans.py:107</extracomment>
        <translation>Укажите целое число месяцев, не меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number, zero or more.</source>
        <extracomment>desktop/domain/fees.py:387</extracomment>
        <translation>Укажите целое число, не меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount in {currency}.</source>
        <extracomment>desktop/domain/loans.py:79</extracomment>
        <translation>Укажите сумму в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount.</source>
        <extracomment>desktop/domain/loans.py:359 desktop/domain/money.py:248 desktop/domain/settlement.py:116</extracomment>
        <translation>Укажите сумму.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter income and obligations in one currency.</source>
        <extracomment>desktop/domain/customers.py:156</extracomment>
        <translation>Укажите доход и обязательства в одной валюте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the VIN or chassis number.</source>
        <extracomment>desktop/domain/assets.py:80</extracomment>
        <translation>Укажите VIN или номер кузова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the address of the property.</source>
        <extracomment>desktop/domain/assets.py:92</extracomment>
        <translation>Укажите адрес объекта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount approved.</source>
        <extracomment>desktop/ui/credit/dialogs.py:223</extracomment>
        <translation>Укажите одобренную сумму.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount sent to the lender.</source>
        <extracomment>desktop/domain/releases.py:80</extracomment>
        <translation>Укажите сумму, перечисленную кредитору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount the customer asks for.</source>
        <extracomment>desktop/services/credit.py:606</extracomment>
        <translation>Укажите сумму, которую запрашивает клиент.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the annual rate as an exact decimal, zero or more.</source>
        <extracomment>desktop/domain/credit/maximum.py:497</extracomment>
        <translation>Укажите годовую ставку точной десятичной дробью, не меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the approved amount.</source>
        <extracomment>desktop/domain/credit/decisions.py:337</extracomment>
        <translation>Укажите одобренную сумму.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the branch&apos;s name, as printed on documents.</source>
        <extracomment>desktop/domain/settings.py:56</extracomment>
        <translation>Укажите название отделения, как оно печатается в документах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the buyer and the day of settlement.</source>
        <extracomment>desktop/domain/settlement_inputs.py:388</extracomment>
        <translation>Укажите покупателя и дату расчётов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central bank&apos;s USD rate to compare {amount} with 25,000 USD.</source>
        <extracomment>desktop/domain/credit/decisions.py:471</extracomment>
        <translation>Укажите курс USD ЦБ, чтобы сравнить {amount} с 25 000 USD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central bank&apos;s {currency} rate to compare {amount} with 25,000 USD.</source>
        <extracomment>desktop/domain/credit/decisions.py:477</extracomment>
        <translation>Укажите курс {currency} ЦБ, чтобы сравнить {amount} с 25 000 USD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central-bank rate as a positive number.</source>
        <extracomment>desktop/ui/credit/facts_form.py:327</extracomment>
        <translation>Укажите курс ЦБ положительным числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the commission in {currency}.</source>
        <extracomment>desktop/domain/fees.py:198</extracomment>
        <translation>Укажите комиссию в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the contract date.</source>
        <extracomment>desktop/ui/credit/dialogs.py:104 desktop/ui/credit/facts_form.py:359</extracomment>
        <translation>Укажите дату договора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the currency of the exchange rate (e.g. USD).</source>
        <extracomment>desktop/ui/credit/facts_form.py:325</extracomment>
        <translation>Укажите валюту курса (например, USD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of birth.</source>
        <extracomment>desktop/domain/customers.py:112</extracomment>
        <translation>Укажите дату рождения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the central-bank rate.</source>
        <extracomment>desktop/ui/credit/facts_form.py:329</extracomment>
        <translation>Укажите дату курса ЦБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the copy was certified.</source>
        <extracomment>desktop/domain/credit/dossier.py:106</extracomment>
        <translation>Укажите дату заверения копии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:150</extracomment>
        <translation>Укажите дату выдачи кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day it was done.</source>
        <extracomment>desktop/ui/credit/dialogs.py:380</extracomment>
        <translation>Укажите дату выполнения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day of the sale.</source>
        <extracomment>desktop/domain/settlement_inputs.py:327</extracomment>
        <translation>Укажите дату продажи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day the cover starts.</source>
        <extracomment>desktop/ui/credit/dialogs.py:414</extracomment>
        <translation>Укажите дату начала страхования.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the document&apos;s title as on the inventory.</source>
        <extracomment>desktop/domain/credit/dossier.py:75</extracomment>
        <translation>Укажите наименование документа, как в описи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the family name.</source>
        <extracomment>desktop/domain/customers.py:108</extracomment>
        <translation>Укажите фамилию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the fee in {currency}, more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:211</extracomment>
        <translation>Укажите сбор в {currency}, больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the floor area in m² as a number.</source>
        <extracomment>desktop/ui/credit/facts_form.py:348</extracomment>
        <translation>Укажите площадь в м² числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the given name.</source>
        <extracomment>desktop/domain/customers.py:110</extracomment>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the insurer.</source>
        <extracomment>desktop/domain/credit/after_approval.py:211</extracomment>
        <translation>Укажите страховую компанию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last day of the paid period.</source>
        <extracomment>desktop/ui/credit/dialogs.py:416</extracomment>
        <translation>Укажите последний день оплаченного периода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lender&apos;s account number for this loan.</source>
        <extracomment>desktop/domain/loan_accounts.py:44</extracomment>
        <translation>Укажите номер кредитного договора у кредитора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lender&apos;s name.</source>
        <extracomment>desktop/domain/lenders.py:37</extracomment>
        <translation>Укажите наименование кредитора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the loan-to-value cap as an exact decimal.</source>
        <extracomment>desktop/domain/car_sale.py:119</extracomment>
        <translation>Укажите предельное соотношение кредит/залог точной десятичной дробью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the monthly amount, zero or more.</source>
        <extracomment>desktop/domain/fees.py:340</extracomment>
        <translation>Укажите ежемесячную сумму, не меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the mortgages, each with its own rank, 1 for the senior.</source>
        <extracomment>desktop/domain/short_sale.py:273 desktop/domain/short_sale.py:300</extracomment>
        <translation>Укажите ипотеки, каждую со своей очерёдностью, 1 — у старшей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new car&apos;s loan to check the roll-over.</source>
        <extracomment>desktop/domain/car_sale.py:226</extracomment>
        <translation>Укажите кредит на новый автомобиль, чтобы проверить перенос долга.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new loan in the car price&apos;s currency, zero or more.</source>
        <extracomment>desktop/domain/car_sale.py:127</extracomment>
        <translation>Укажите новый кредит в валюте цены автомобиля, не меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the number of the identity document.</source>
        <extracomment>desktop/domain/customers.py:125</extracomment>
        <translation>Укажите номер документа, удостоверяющего личность.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the number or scan reference of the signed consent form.</source>
        <extracomment>desktop/domain/customers.py:163 desktop/domain/retention.py:181</extracomment>
        <translation>Укажите номер подписанного согласия или ссылку на его скан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the offer in {currency}, more than zero.</source>
        <extracomment>desktop/services/settlements.py:220</extracomment>
        <translation>Укажите предложение в {currency}, больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the party&apos;s name.</source>
        <extracomment>desktop/domain/settlement.py:84</extracomment>
        <translation>Укажите наименование стороны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the payoff in {currency}, more than zero.</source>
        <extracomment>desktop/domain/home_sale.py:275</extracomment>
        <translation>Укажите сумму погашения в {currency}, больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the person&apos;s name as it appears on documents.</source>
        <extracomment>desktop/domain/access.py:115</extracomment>
        <translation>Укажите ФИО так, как в документах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the policy number.</source>
        <extracomment>desktop/domain/credit/after_approval.py:209</extracomment>
        <translation>Укажите номер полиса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the position of who certified the copy.</source>
        <extracomment>desktop/domain/credit/dossier.py:104</extracomment>
        <translation>Укажите должность лица, заверившего копию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price in JPY, more than zero.</source>
        <extracomment>desktop/domain/short_sale.py:270 desktop/domain/short_sale.py:300</extracomment>
        <translation>Укажите цену в JPY, больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price in {currency}, more than zero.</source>
        <extracomment>desktop/services/settlements.py:271</extracomment>
        <translation>Укажите цену в {currency}, больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the rate as an exact decimal, never a binary float.</source>
        <extracomment>desktop/domain/loans.py:56</extracomment>
        <translation>Укажите ставку точной десятичной дробью, а не двоичным числом с плавающей точкой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the rate in percent per year.</source>
        <extracomment>desktop/domain/rates.py:15</extracomment>
        <translation>Укажите ставку в процентах годовых.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the reference of the lender&apos;s payoff letter.</source>
        <extracomment>desktop/domain/payoffs.py:45</extracomment>
        <translation>Укажите номер справки кредитора о сумме погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the residual value paid with the last installment.</source>
        <extracomment>desktop/domain/loans.py:155</extracomment>
        <translation>Укажите остаточный платёж, вносимый с последним платежом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener&apos;s fee for the discharge.</source>
        <extracomment>desktop/domain/home_sale.py:287</extracomment>
        <translation>Укажите вознаграждение регистратора за снятие ипотеки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener&apos;s fee in JPY.</source>
        <extracomment>desktop/domain/fees.py:389</extracomment>
        <translation>Укажите вознаграждение регистратора в JPY.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sum insured.</source>
        <extracomment>desktop/domain/credit/after_approval.py:213 desktop/ui/credit/dialogs.py:419</extracomment>
        <translation>Укажите страховую сумму.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the surname and initials of who certified the copy.</source>
        <extracomment>desktop/domain/credit/dossier.py:102</extracomment>
        <translation>Укажите фамилию и инициалы лица, заверившего копию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the year&apos;s tax, zero or more.</source>
        <extracomment>desktop/domain/fees.py:300</extracomment>
        <translation>Укажите годовую сумму налога, не меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter this amount in {currency}.</source>
        <extracomment>desktop/domain/home_sale.py:138</extracomment>
        <translation>Укажите эту сумму в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter what the customer consented to (the purpose).</source>
        <extracomment>desktop/domain/retention.py:179</extracomment>
        <translation>Укажите, на что клиент дал согласие (цель обработки).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who made the offer.</source>
        <extracomment>desktop/services/settlements.py:217</extracomment>
        <translation>Укажите, кто сделал предложение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter why the data is erased (the legal ground).</source>
        <extracomment>desktop/domain/retention.py:357</extracomment>
        <translation>Укажите причину уничтожения данных (правовое основание).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter {what} in {currency}, the currency of the policy.</source>
        <extracomment>desktop/domain/credit/after_approval.py:269</extracomment>
        <translation>Укажите {what} в {currency} — валюте полиса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equity = price {price} − payoff to {lender} {payoff} = {equity}.</source>
        <extracomment>desktop/domain/car_sale.py:265</extracomment>
        <translation>Чистая стоимость = цена {price} − погашение кредитору ({lender}) {payoff} = {equity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equity applied to the new car bought from {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Остаток зачтён в оплату нового автомобиля у {buyer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasing the names would change the figures of version {version} of settlement {deal}: nothing was erased.</source>
        <extracomment>desktop/services/privacy.py:401</extracomment>
        <translation>Удаление имён изменило бы суммы в редакции {version} расчётной ведомости {deal}: ничего не удалено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External checks (book 4.1.1.8): filed on {filed_on}, so the answers are due by 12:00 local time ({zone}) the following day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:234</extracomment>
        <translation>Запросы в сторонние организации (п. 4.1.1.8 Стандарта): направлены {filed_on}, поэтому ответы должны быть получены до 12:00 по местному времени ({zone}) следующего дня: {due_at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the refusal.</source>
        <extracomment>desktop/domain/credit/decisions.py:361</extracomment>
        <translation>Укажите основание отказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor of someone else&apos;s provident fund loan; cannot borrow until it is repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Является поручителем по чужому кредиту жилищного накопительного фонда; получить кредит нельзя до его погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk: a private sale of a car under a loan. The buyer must pay first or advance the payoff; the seller must obtain the release papers from {lender} and re-register the car at the transport bureau (陸運支局) alone. Recommended only for professionals.</source>
        <extracomment>desktop/domain/car_sale.py:369</extracomment>
        <translation>Высокий риск: частная продажа автомобиля в кредите. Покупатель платит первым или вносит сумму погашения авансом; продавец сам получает документы о снятии обременения у кредитора ({lender}) и перерегистрирует автомобиль в транспортном бюро (陸運支局). Рекомендуется только опытным участникам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk: a private sale. The seller and the buyer re-register the car at the transport bureau (陸運支局) alone, and no dealer stands between the money and the title. Recommended only for professionals.</source>
        <extracomment>desktop/domain/car_sale.py:375</extracomment>
        <translation>Высокий риск: частная продажа. Продавец и покупатель сами перерегистрируют автомобиль в транспортном бюро (陸運支局), и между деньгами и правом собственности нет дилера. Рекомендуется только опытным участникам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds a valid residence certificate for {region}, the branch&apos;s region.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Имеет действующее свидетельство о проживании в регионе {region}, где находится отделение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the borrower cannot repay the {remaining} left, {guarantor} pays off {creditor} (代位弁済) and claims it from the borrower: negotiate a repayment plan with it.</source>
        <extracomment>desktop/domain/short_sale.py:588</extracomment>
        <translation>Если заёмщик не сможет погасить оставшиеся {remaining}, {guarantor} погасит долг перед кредитором ({creditor}) (代位弁済) и предъявит требование заёмщику: согласуйте с ней график погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income cannot be negative.</source>
        <extracomment>desktop/domain/customers.py:142</extracomment>
        <translation>Доход не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used on {last_use}; the retention period of {months} months ({basis}) ended on {due_on}.</source>
        <extracomment>desktop/domain/retention.py:264</extracomment>
        <translation>Последнее использование {last_use}; срок хранения {months} мес. ({basis}) истёк {due_on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late charges on the arrears (遅延損害金) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Пени за просрочку взносов (遅延損害金) — {association}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave exactly one of amount, rate, term and installment empty.</source>
        <extracomment>desktop/domain/loans.py:354</extracomment>
        <translation>Оставьте пустым ровно одно из полей: сумма, ставка, срок, ежемесячный платёж.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan with {lender} stays with the seller: not paid at this closing</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Кредит ({lender}) остаётся за продавцом: в этих расчётах не погашается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-priced vacant home (低廉な空家等): the client must agree to the higher fee in advance, when the brokerage contract is signed.</source>
        <extracomment>desktop/domain/fees.py:164</extracomment>
        <translation>Недорогое пустующее жильё (低廉な空家等): клиент должен заранее, при подписании договора с агентством, согласиться на повышенную комиссию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-priced vacant home (低廉な空家等, price {price} ≤ {limit}, from {since}): up to {fee} + {tax_pct}% tax {tax} = {total} (the ordinary cap before tax is {ordinary})</source>
        <extracomment>desktop/domain/fees.py:170</extracomment>
        <translation>Недорогое пустующее жильё (低廉な空家等, цена {price} ≤ {limit}, с {since}): до {fee} + налог на потребление {tax_pct} % {tax} = {total} (обычный лимит без налога — {ordinary})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Взнос на управление (管理費) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Взнос на управление (管理費) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}. Расчёты в первый день года: всю сумму несёт покупатель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Взнос на управление (管理費) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}. В году {length} дн.; по обычаю каждый день покупателя считается как 1/365 суммы, остальное приходится на продавца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>Взнос на управление (管理費) {monthly} за период с {start} по {end} ({days} дн.): покупатель с {settlement_on} по {end} = {buyer_days} дн., {monthly} × {buyer_days}/{days} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {seller_share}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears (管理費滞納) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Долг по взносам на управление (管理費滞納) — {association}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}, without late charges {late} or parking. Enter the monthly fees to check the {months}-month cap.</source>
        <extracomment>desktop/domain/short_sale.py:368</extracomment>
        <translation>Долг по взносам на управление {mgmt} + в фонд ремонта {repair} = {arrears}, без пеней {late} и парковки. Укажите ежемесячные взносы, чтобы проверить лимит в {months} мес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}; allowed up to {months} months (5 years) × ({monthly_mgmt} + {monthly_repair}) = {cap}, so {amount}; late charges {late} and parking are not allowed.</source>
        <extracomment>desktop/domain/short_sale.py:377</extracomment>
        <translation>Долг по взносам на управление {mgmt} + в фонд ремонта {repair} = {arrears}; допускается не более {months} мес. (5 лет) × ({monthly_mgmt} + {monthly_repair}) = {cap}, то есть {amount}; пени {late} и парковка не допускаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marital status not recorded; a married borrower needs the spouse&apos;s notarised consent or the spouse as guarantor.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Семейное положение не указано; заёмщику, состоящему в браке, нужно нотариальное согласие супруга(и) или поручительство супруга(и).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing started on {start}: if the home is unsold after 3 to 6 months ({from_day} to {by_day}), the guarantor company often petitions for auction in parallel.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Продажа начата {start}: если жильё не продано за 3–6 месяцев ({from_day} — {by_day}), гарантийная компания часто параллельно подаёт заявление о торгах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married, but the spouse neither gives notarised consent nor signs as guarantor; one of the two is required.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Состоит в браке, но супруг(а) не даёт нотариального согласия и не выступает поручителем; требуется одно из двух.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married: record whether the spouse gives notarised consent or signs as guarantor.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Состоит в браке: укажите, даёт ли супруг(а) нотариальное согласие или выступает поручителем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married; the spouse {role}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Состоит в браке; супруг(а): {role}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mileage cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:89</extracomment>
        <translation>Пробег не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months of employment cannot be negative.</source>
        <extracomment>desktop/domain/customers.py:140</extracomment>
        <translation>Стаж в месяцах не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mortgage discharge registration and scrivener&apos;s fee ({scrivener})</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Регистрация снятия ипотеки и вознаграждение регистратора ({scrivener})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving allowance approved by {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Компенсация переезда, одобренная кредитором ({lender})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving allowance for the seller (approved by the lender)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Компенсация переезда продавцу (одобрена кредитором)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving costs are paid from the price only if negotiated with the lender beforehand.</source>
        <extracomment>desktop/domain/short_sale.py:416</extracomment>
        <translation>Расходы на переезд оплачиваются из цены, только если это заранее согласовано с кредитором.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving costs for the seller</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Расходы продавца на переезд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the bankruptcy trustee (破産管財人).</source>
        <extracomment>desktop/domain/short_sale.py:289 desktop/domain/short_sale.py:300</extracomment>
        <translation>Укажите конкурсного управляющего (破産管財人).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the buyer&apos;s broker.</source>
        <extracomment>desktop/domain/home_sale.py:285</extracomment>
        <translation>Укажите агентство покупателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the guarantor company that paid off the bank.</source>
        <extracomment>desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:498</extracomment>
        <translation>Укажите гарантийную компанию, погасившую долг перед банком.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the management association (管理組合) the arrears are owed to.</source>
        <extracomment>desktop/domain/home_sale.py:280</extracomment>
        <translation>Укажите ассоциацию собственников (管理組合), перед которой есть долг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the management association (管理組合).</source>
        <extracomment>desktop/domain/short_sale.py:362</extracomment>
        <translation>Укажите ассоциацию собственников (管理組合).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the tax office the unpaid property tax goes to.</source>
        <extracomment>desktop/domain/home_sale.py:283</extracomment>
        <translation>Укажите налоговый орган, которому причитается неуплаченный налог на имущество.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiated with the lender: {requested} asked, allowed up to {cap} (the source: about 300,000 is common).</source>
        <extracomment>desktop/domain/short_sale.py:411</extracomment>
        <translation>Согласовано с кредитором: запрошено {requested}, допускается до {cap} (обычно около 300 000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net proceeds paid to {seller}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Выплата чистой выручки продавцу ({seller})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most {cap_pct}% of the new car&apos;s price {car_price} = {limit}: over the limit by {excess}. Rolling the shortfall into the new loan is refused; the customer must pay it in cash.</source>
        <extracomment>desktop/domain/car_sale.py:159</extracomment>
        <translation>Новый кредит {loan} + недостача {shortfall} = {after}; {new_lender} выдаёт не более {cap_pct} % цены нового автомобиля {car_price} = {limit}: лимит превышен на {excess}. Включить недостачу в новый кредит нельзя; клиент должен доплатить наличными.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most {cap_pct}% of the new car&apos;s price {car_price} = {limit}: within the limit. The lender also screens income: confirm with it before promising the roll-over.</source>
        <extracomment>desktop/domain/car_sale.py:156</extracomment>
        <translation>Новый кредит {loan} + недостача {shortfall} = {after}; {new_lender} выдаёт не более {cap_pct} % цены нового автомобиля {car_price} = {limit}: в пределах лимита. Кредитор проверяет и доход: подтвердите у него, прежде чем обещать перенос долга.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: model year {model_year} (contract {contract_date}), never in service, never registered, imported by a company or made in the country.</source>
        <extracomment>desktop/domain/credit/eligibility.py:362</extracomment>
        <translation>Новое ТС: год выпуска {model_year} (договор от {contract_date}), не эксплуатировалось, не регистрировалось, ввезено юридическим лицом или произведено в стране.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consent to keep personal data is on file (last used on {last_use}).</source>
        <extracomment>desktop/domain/retention.py:259</extracomment>
        <translation>Согласия на хранение персональных данных нет (последнее использование {last_use}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loan on the car: equity = price {price}.</source>
        <extracomment>desktop/domain/car_sale.py:263</extracomment>
        <translation>Кредита на автомобиле нет: чистая стоимость = цена {price}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payment missed yet: ask the lender about rescheduling (interest-only for a while) before arrears begin.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Пропущенных платежей пока нет: до возникновения просрочки обсудите с кредитором реструктуризацию (временно только проценты).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provident fund loan being repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Непогашенного кредита жилищного накопительного фонда нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No security chosen; the program requires one of: {accepted}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Обеспечение не выбрано; программа требует одно из: {accepted}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such line in the table.</source>
        <extracomment>desktop/domain/short_sale.py:206 desktop/services/settlements.py:249</extracomment>
        <translation>Такой строки в таблице нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicle recorded; new or used cannot be told.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>ТС не указано; нельзя определить, новое оно или подержанное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No working-day calendar for the country “{country}”.</source>
        <extracomment>desktop/domain/credit/calendar.py:54</extracomment>
        <translation>Нет календаря рабочих дней для страны «{country}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a guarantor of anyone&apos;s provident fund loan.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Не является поручителем по чужому кредиту жилищного накопительного фонда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a settlement line.</source>
        <extracomment>desktop/domain/settlement.py:200</extracomment>
        <translation>Это не строка расчётной ведомости.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not deducted from the price: parking and bicycle-space fees do not pass to the buyer, so they stay the seller&apos;s own debt, to be paid by the seller even after moving out.</source>
        <extracomment>desktop/domain/home_sale.py:203</extracomment>
        <translation>Из цены не вычитается: плата за парковку и велостоянку не переходит к покупателю, это личный долг продавца, который он погашает и после переезда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not married: no spouse&apos;s consent or guarantee is needed.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>В браке не состоит: согласие или поручительство супруга(и) не требуется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid from the price: late charges {late} and arrears beyond 5 years {beyond}. The association can claim unpaid fees from the buyer, so agree before the contract who pays them: the seller, or the buyer on top of the price.</source>
        <extracomment>desktop/domain/short_sale.py:387</extracomment>
        <translation>Из цены не оплачиваются: пени {late} и долг старше 5 лет {beyond}. Ассоциация может взыскать неоплаченные взносы с покупателя, поэтому до договора решите, кто их платит: продавец или покупатель сверх цены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant guarantees someone else&apos;s provident fund loan.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Не указано, является ли заявитель поручителем по чужому кредиту жилищного накопительного фонда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant is under investigation or on trial.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Не указано, находится ли заявитель под следствием или судом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant still repays a provident fund loan; only one is allowed at a time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Не указано, погашает ли заявитель кредит жилищного накопительного фонда; одновременно допускается только один такой кредит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the provident fund is paid in full and on time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Не указано, уплачиваются ли взносы в жилищный накопительный фонд полностью и в срок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not under investigation or on trial.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Не находится под следствием или судом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing falls due after this day: take a payoff quote.</source>
        <extracomment>desktop/domain/loans.py:468</extracomment>
        <translation>После этой даты платежей нет: рассчитайте сумму полного погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligation {number}: enter its limit.</source>
        <extracomment>desktop/domain/customers.py:148</extracomment>
        <translation>Обязательство {number}: укажите лимит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligation {number}: enter its monthly payment.</source>
        <extracomment>desktop/domain/customers.py:150</extracomment>
        <translation>Обязательство {number}: укажите ежемесячный платёж.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers are recorded for the sale of a car.</source>
        <extracomment>desktop/services/settlements.py:214</extracomment>
        <translation>Предложения записываются при продаже автомобиля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One repayment at maturity is only for terms of up to 12 months.</source>
        <extracomment>desktop/domain/loans.py:146</extracomment>
        <translation>Погашение одной суммой в конце срока — только для сроков до 12 месяцев.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a copy is certified «копия верна»; this is an original.</source>
        <extracomment>desktop/domain/credit/dossier.py:96</extracomment>
        <translation>Отметкой «копия верна» заверяется только копия; это подлинник.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a draft application can be submitted; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>Направить можно только черновик заявки; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a positive decision can be cleared; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>Отметку СЭБ можно поставить только на положительном решении; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a refused application goes to the refusals folder; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>В папку отказов помещается только заявка, по которой отказано; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a residual-value (balloon) loan has a residual.</source>
        <extracomment>desktop/domain/loans.py:153</extracomment>
        <translation>Остаточный платёж бывает только у кредита с остаточным платежом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in can roll a shortfall into a new loan; a sale alone must pay it first.</source>
        <extracomment>desktop/domain/car_sale.py:223</extracomment>
        <translation>Включить недостачу в новый кредит можно только при трейд-ине; при простой продаже её нужно сначала погасить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in comes with a new car.</source>
        <extracomment>desktop/domain/car_sale.py:218</extracomment>
        <translation>Новый автомобиль бывает только при трейд-ине.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in has a new car to apply the equity to.</source>
        <extracomment>desktop/domain/car_sale.py:232</extracomment>
        <translation>Зачесть остаток в оплату нового автомобиля можно только при трейд-ине.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a voluntary sale has a distribution table.</source>
        <extracomment>desktop/services/settlements.py:404 desktop/services/settlements.py:473</extracomment>
        <translation>Таблица распределения составляется только при добровольной продаже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an application with the decision centre can be approved; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>Одобрить можно только заявку, находящуюся в Центре обработки кредитных заявок; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an application with the decision centre can be refused; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>Отказать можно только по заявке, находящейся в Центре обработки кредитных заявок; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one prepayment per period, after the last one: wait for the next due date.</source>
        <extracomment>desktop/domain/loans.py:472</extracomment>
        <translation>Не более одного досрочного погашения за период, и только после предыдущего: дождитесь следующей даты платежа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the income certificate and the employer-certified copy of the work record may be returned after a refusal (book 4.1.1.8); {codes} stay in the dossier.</source>
        <extracomment>desktop/domain/credit/decisions.py:396</extracomment>
        <translation>После отказа заёмщику могут быть возвращены только справка с места работы и копия трудовой книжки, заверенная работодателем (п. 4.1.1.8 Стандарта); {codes} остаются в досье.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer at the contract and held by {holder}, not by the seller, so that it cannot be spent before settlement; credited to the buyer now.</source>
        <extracomment>desktop/domain/home_sale.py:156</extracomment>
        <translation>Внесён покупателем при подписании договора и хранится не у продавца, а у третьего лица ({holder}), чтобы его не потратили до расчётов; теперь зачитывается покупателю.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer at the contract to the seller, who already has it: credited to the buyer and taken off what the seller receives now.</source>
        <extracomment>desktop/domain/home_sale.py:156</extracomment>
        <translation>Внесён покупателем продавцу при подписании договора, деньги уже у продавца: зачитывается покупателю и вычитается из того, что продавец получает сейчас.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount}. Клиент — собственник по регистрации: право можно передать, сохранив долг (с его учётом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount}. Клиент — собственник по регистрации: право можно передать, сохранив долг (с его учётом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount} по справке кредитора {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount} по справке кредитора {reference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}, which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount}, включая остаточный платёж {residual} по кредиту с остаточной стоимостью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}, which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount}, включая остаточный платёж {residual} по кредиту с остаточной стоимостью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Покупатель {buyer} платит напрямую кредитору ({lender}) до снятия обременения (авансом из цены): сумма погашения {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parking and bicycle-space arrears are not paid from the price: they stay the seller&apos;s own debt.</source>
        <extracomment>desktop/domain/short_sale.py:393</extracomment>
        <translation>Долги за парковку и велостоянку из цены не оплачиваются: это личный долг продавца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parking arrears (駐車場代): the seller&apos;s own debt</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Долг за парковку (駐車場代): личный долг продавца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments missed since {first}: after about 6 months (around {expected}) the guarantor company pays off the bank (代位弁済) and can petition for auction. Consult the lender now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Платежи пропускаются с {first}: примерно через 6 месяцев (около {expected}) гарантийная компания погасит долг перед банком (代位弁済) и сможет подать заявление о торгах. Обратитесь к кредитору сейчас.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments missed since {first}: after about 6 months (from {expected}) the guarantor company pays off the bank (代位弁済) and then petitions for auction. Contact the lender now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Платежи пропускаются с {first}: примерно через 6 месяцев (с {expected}) гарантийная компания погашает долг перед банком (代位弁済) и затем подаёт заявление о торгах. Свяжитесь с кредитором сейчас.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the car loan to {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Погашение автокредита: {lender}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage on the settlement day per the lender&apos;s letter {reference}: {amount}; {lender} hands over the discharge papers against it.</source>
        <extracomment>desktop/domain/home_sale.py:317</extracomment>
        <translation>Сумма погашения ипотеки {rank} очереди на день расчётов по справке кредитора {reference}: {amount}; взамен {lender} передаёт документы для снятия ипотеки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage on the settlement day: {amount}; {lender} hands over the discharge papers against it.</source>
        <extracomment>desktop/domain/home_sale.py:317</extracomment>
        <translation>Сумма погашения ипотеки {rank} очереди на день расчётов: {amount}; взамен {lender} передаёт документы для снятия ипотеки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage to {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Погашение ипотеки {rank} очереди: {lender}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff {payoff} + fees {fees} − price {price} = shortfall {shortfall}.</source>
        <extracomment>desktop/domain/car_sale.py:331</extracomment>
        <translation>Сумма погашения {payoff} + сборы {fees} − цена {price} = недостача {shortfall}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periods are set for JP, RU, CN and other countries only.</source>
        <extracomment>desktop/domain/retention.py:148</extracomment>
        <translation>Сроки задаются только для JP, RU, CN и прочих стран.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanently registered in {region}, but the branch is in {branch_region}; the loan is issued only in the region of registration.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Постоянная регистрация — {region}, а отделение находится в регионе {branch_region}; кредит выдаётся только по месту постоянной регистрации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanently registered in {region}, the branch&apos;s region ({branch_region}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Постоянная регистрация — {region}, регион отделения ({branch_region}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision cleared by {user} at {at} after the interview ({usd} equivalent).</source>
        <extracomment>desktop/domain/credit/decisions.py:293</extracomment>
        <translation>Положительное решение подтверждено: {user}, {at}, после собеседования (эквивалент {usd}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision cleared by {user} at {at}; no interview needed ({usd} equivalent).</source>
        <extracomment>desktop/domain/credit/decisions.py:297</extracomment>
        <translation>Положительное решение подтверждено: {user}, {at}; собеседование не требуется (эквивалент {usd}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price paid by the private buyer {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Цена, которую платит частный покупатель {buyer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} + the buyer&apos;s prorations {prorations} − earnest money the seller already holds {held} − approved lines {deductions} = {left}, paid to the creditors in rank order up to their debts: {amount} to {creditor} (debt {balance}).</source>
        <extracomment>desktop/domain/short_sale.py:551</extracomment>
        <translation>Цена {price} + доли покупателя {prorations} − задаток, уже полученный продавцом, {held} − одобренные строки {deductions} = {left}; распределяется кредиторам по очерёдности в пределах их долга: {creditor} получает {amount} (долг {balance}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} less the down payment {down} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Цена {price} за вычетом первоначального взноса {down} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} less the down payment {down} reduced by the financed insurance {insurance} (that is, {effective}) = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Цена {price} за вычетом первоначального взноса {down}, уменьшенного на страховку {insurance}, оплачиваемую из кредита (то есть {effective}), = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} − payoff {payoff} − fees {fees} = {surplus}.</source>
        <extracomment>desktop/domain/car_sale.py:321</extracomment>
        <translation>Цена {price} − сумма погашения {payoff} − сборы {fees} = {surplus}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program {program} sets no limit that applies to a {purpose} loan.</source>
        <extracomment>desktop/domain/credit/maximum.py:514</extracomment>
        <translation>Программа {program} не устанавливает лимита для кредита с целью «{purpose}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of payment cannot come before the payment.</source>
        <extracomment>desktop/domain/credit/after_approval.py:217</extracomment>
        <translation>Подтверждение оплаты не может предшествовать оплате.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Налог на имущество и налог на городское планирование (固定資産税・都市計画税) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Налог на имущество и налог на городское планирование (固定資産税・都市計画税) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}. Расчёты в первый день года: весь налог несёт покупатель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Налог на имущество и налог на городское планирование (固定資産税・都市計画税) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}. В году {length} дн.; по обычаю каждый день покупателя считается как 1/365 налога, остальное приходится на продавца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>Налог на имущество и налог на городское планирование (固定資産税・都市計画税) {monthly} за период с {start} по {end} ({days} дн.): покупатель с {settlement_on} по {end} = {buyer_days} дн., {monthly} × {buyer_days}/{days} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {seller_share}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax the seller has not paid, settled from the proceeds</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Неуплаченный продавцом налог на имущество, уплачивается из выручки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident fund centre deadline (Housing Provident Fund Regulations, art. 26): a decision within {days} calendar days after the application was accepted on {accepted}: {accepted} + {days} days = by the end of {last_day} ({zone} time).</source>
        <extracomment>desktop/domain/credit/deadlines.py:210</extracomment>
        <translation>Срок центра жилищного накопительного фонда (Положение о жилищных накопительных фондах, ст. 26): решение в течение {days} календарных дней после принятия заявки {accepted}: {accepted} + {days} дн. = до конца дня {last_day} (время {zone}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident repayment record not checked: more than {limit} periods overdue and unpaid is a bad record.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>История погашения кредитов фонда не проверена: более {limit} просроченных неоплаченных периодов — отрицательная история.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase price of the car paid by {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Цена покупки автомобиля, платит {buyer}</translation>
    </message>
    <message>
        <location line="+552"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <extracomment>desktop/domain/dates.py:27</extracomment>
        <translation>«{text}» — не дата (используйте формат ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a date on the calendar.</source>
        <extracomment>desktop/domain/dates.py:35</extracomment>
        <translation>«{text}» — такой даты в календаре нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a rate in percent.</source>
        <extracomment>desktop/domain/rates.py:19</extracomment>
        <translation>«{text}» — не ставка в процентах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not an amount.</source>
        <extracomment>desktop/domain/money.py:255 desktop/domain/money.py:285</extracomment>
        <translation>«{text}» — не сумма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is too large for an amount.</source>
        <extracomment>desktop/domain/money.py:294</extracomment>
        <translation>«{text}» — слишком большая сумма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” mixes separators.</source>
        <extracomment>desktop/domain/money.py:271</extracomment>
        <translation>«{text}»: смешаны разные разделители.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{zone}” is not a time zone name such as Europe/Moscow.</source>
        <extracomment>desktop/domain/credit/deadlines.py:98</extracomment>
        <translation>«{zone}» — не название часового пояса вида Europe/Moscow.</translation>
    </message>
    <message>
        <location line="-562"/>
        <source>Record at least one offer.</source>
        <extracomment>desktop/domain/car_sale.py:412</extracomment>
        <translation>Запишите хотя бы одно предложение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record every offer in {currency}.</source>
        <extracomment>desktop/domain/car_sale.py:415</extracomment>
        <translation>Записывайте все предложения в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the customer&apos;s consent to keep personal data.</source>
        <extracomment>desktop/domain/customers.py:159</extracomment>
        <translation>Внесите согласие клиента на хранение персональных данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the remaining debt: {seller} still owes {lender} {amount} after the sale.</source>
        <extracomment>desktop/domain/car_sale.py:283</extracomment>
        <translation>Учтите остаток долга: после продажи {seller} должен {lender} ещё {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record when the payoff was sent first.</source>
        <extracomment>desktop/domain/releases.py:77</extracomment>
        <translation>Сначала укажите, когда была перечислена сумма погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the car is technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Укажите, технически ли исправен автомобиль и пригоден ли он к эксплуатации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the seller is a partner dealer: used cars only from partner dealers.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Укажите, является ли продавец дилером-партнёром: подержанные автомобили — только у дилеров-партнёров.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record why the lender refused the line.</source>
        <extracomment>desktop/domain/short_sale.py:228</extracomment>
        <translation>Укажите, почему кредитор отклонил строку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed by the branch manager {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:380</extracomment>
        <translation>Уведомление об отказе подписано руководителем отделения: {user}, {at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by {user} at {at}: {reason}. The dossier is marked refused.</source>
        <extracomment>desktop/domain/credit/decisions.py:364</extracomment>
        <translation>Отказ: {user}, {at}: {reason}. На досье проставлена отметка об отказе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region of permanent registration not recorded; the branch is in {branch_region}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Регион постоянной регистрации не указан; отделение находится в регионе {branch_region}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>Регистрационный налог 1 000 × ({parcels} зем. участков + {buildings} зданий) = {uncapped} за одну ипотеку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage × {mortgages} mortgages = {tax}; scrivener&apos;s fee {fee}; total {total}.</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>Регистрационный налог 1 000 × ({parcels} зем. участков + {buildings} зданий) = {uncapped} за одну ипотеку × {mortgages} ипотек = {tax}; вознаграждение регистратора {fee}; итого {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage, capped at {cap} for an application of more than 20 properties</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>Регистрационный налог 1 000 × ({parcels} зем. участков + {buildings} зданий) = {uncapped} за одну ипотеку, но не более {cap} для заявления более чем по 20 объектам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax for the mortgage discharge (抵当権抹消登記), paid through {scrivener}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Регистрационный налог за снятие ипотеки (抵当権抹消登記), уплачивается через: {scrivener}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release of the tax seizure by {office}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Снятие налогового ареста ({office})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release payment (ハンコ代) to {creditor}, rank {rank} lien</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Плата за снятие залога (ハンコ代): {creditor}, очерёдность {rank}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release payment to the rank {rank} lienholder {creditor}: the lower of {tier} and {pct}% of its remaining principal {principal} = {ten}, so at most {cap}.</source>
        <extracomment>desktop/domain/short_sale.py:259</extracomment>
        <translation>Плата залогодержателю очерёдности {rank} ({creditor}): меньшее из {tier} и {pct} % остатка основного долга {principal} = {ten}, то есть не более {cap}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release time is 0 to 365 days.</source>
        <extracomment>desktop/domain/lenders.py:39</extracomment>
        <translation>Срок снятия обременения — от 0 до 365 дней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Взнос в фонд ремонта (修繕積立金) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Взнос в фонд ремонта (修繕積立金) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}. Расчёты в первый день года: всю сумму несёт покупатель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>Взнос в фонд ремонта (修繕積立金) {annual} за год с {start} по {end}: продавец с {start} по {seller_last} = {seller_days} дн., покупатель с {settlement_on} по {end} = {buyer_days} дн. Доля покупателя {annual} × {buyer_days}/{basis} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {annual} − {buyer_share} = {seller_share}. В году {length} дн.; по обычаю каждый день покупателя считается как 1/365 суммы, остальное приходится на продавца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>Взнос в фонд ремонта (修繕積立金) {monthly} за период с {start} по {end} ({days} дн.): покупатель с {settlement_on} по {end} = {buyer_days} дн., {monthly} × {buyer_days}/{days} = {buyer_share} (с округлением), выплачивается продавцу при расчётах; доля продавца {seller_share}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve arrears (修繕積立金滞納) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Долг по взносам в фонд ремонта (修繕積立金滞納) — {association}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual-value loan (残価設定型): the payoff {amount} includes the residual {residual}. If no offer covers it, the customer may pay it in cash, or return the car under the contract and take a new loan.</source>
        <extracomment>desktop/domain/car_sale.py:303</extracomment>
        <translation>Кредит с остаточной стоимостью (残価設定型): сумма погашения {amount} включает остаточный платёж {residual}. Если ни одно предложение его не покрывает, клиент может доплатить наличными либо вернуть автомобиль по договору и оформить новый кредит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the borrower at their request on {on} by {user}: {codes}; copies kept in the dossier and noted on the inventory.</source>
        <extracomment>desktop/domain/credit/decisions.py:410</extracomment>
        <translation>Возвращено заёмщику по его просьбе {on} ({user}): {codes}; копии помещены в досье, отметка сделана в описи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price (売買代金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Цена продажи (売買代金)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price (売買代金) approved by {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Цена продажи (売買代金), одобренная кредитором ({lender})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the negative opinion rests on.</source>
        <extracomment>desktop/domain/credit/decisions.py:271</extracomment>
        <translation>Укажите, на чём основано отрицательное заключение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrivener&apos;s fee for the discharge</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Вознаграждение регистратора за снятие ипотеки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secured by {kind}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Обеспечение: {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security by {kind} is not one the program takes ({accepted}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Обеспечение «{kind}» программа не принимает ({accepted}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security review by {user}: preliminary opinion {opinion}; sent to the decision centre at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:274</extracomment>
        <translation>Проверка службы безопасности ({user}): предварительное решение — {opinion}; направлено в Центр обработки кредитных заявок {at}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized by {office}: allowed up to {cap} (enter one year&apos;s property tax: the cap is the lower of the two).</source>
        <extracomment>desktop/domain/short_sale.py:340</extracomment>
        <translation>Арест ({office}): допускается до {cap} (укажите годовой налог на имущество: лимит — меньшая из двух сумм).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized by {office}: {amount}; allowed up to the lower of one year&apos;s property tax {annual} and {limit} = {cap}.</source>
        <extracomment>desktop/domain/short_sale.py:344</extracomment>
        <translation>Арест ({office}): {amount}; допускается не больше меньшего из годового налога на имущество {annual} и {limit} = {cap}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized taxes owed to {office} (priority tax)</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>Арестованные налоги ({office}, приоритетный налог)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short by {amount}: the money collected ({money_in}) does not cover the payouts ({money_out}). {seller} must bring {amount} to {agent} before the closing.</source>
        <extracomment>desktop/domain/settlement.py:331</extracomment>
        <translation>Недостача {amount}: собранных денег ({money_in}) не хватает на выплаты ({money_out}). До расчётов продавцу ({seller}) нужно внести {amount}; получатель — {agent}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortfall rolled into the new loan from {lender} (上乗せ)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Недостача включена в новый кредит ({lender}) (上乗せ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold by a partner dealer (cooperation agreement with the bank).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Продаётся дилером-партнёром (соглашение о сотрудничестве с банком).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still repaying a provident fund loan; no new one before it is repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Погашает кредит жилищного накопительного фонда; новый — только после его погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus paid to {seller}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Выплата остатка продавцу ({seller})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus paid to {seller} after {lender} releases the lien</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Выплата остатка продавцу ({seller}) после снятия обременения ({lender})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax due before the mortgage was registered (優先税): it ranks ahead of the mortgage, so it is paid in full: {amount}.</source>
        <extracomment>desktop/domain/short_sale.py:333</extracomment>
        <translation>Налог, срок уплаты которого наступил до регистрации ипотеки (優先税), имеет приоритет перед ипотекой и оплачивается полностью: {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes seized by {office}: {excess} above the cap stays the seller&apos;s own debt; the office must still agree to lift the seizure.</source>
        <extracomment>desktop/domain/short_sale.py:350</extracomment>
        <translation>Налоги, арестованные налоговым органом ({office}): {excess} сверх лимита остаются личным долгом продавца; снять арест орган должен согласиться отдельно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Технически исправен и пригоден к эксплуатации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That clears the whole loan: take a payoff quote.</source>
        <extracomment>desktop/domain/loans.py:476</extracomment>
        <translation>Это полностью погашает кредит: рассчитайте сумму полного погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator already exists.</source>
        <extracomment>desktop/services/users.py:62</extracomment>
        <translation>Администратор уже создан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount approved is above the maximum of {maximum} ({rule}).</source>
        <extracomment>desktop/services/credit.py:400</extracomment>
        <translation>Одобренная сумма больше максимальной суммы {maximum} ({rule}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be negative.</source>
        <extracomment>desktop/domain/loans.py:83</extracomment>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be more than zero.</source>
        <extracomment>desktop/domain/loans.py:81 desktop/services/loans.py:136</extracomment>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount requested is above the maximum of {maximum}; lower it first.</source>
        <extracomment>desktop/services/credit.py:384</extracomment>
        <translation>Запрошенная сумма больше максимальной суммы {maximum}; сначала уменьшите её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant does not meet the program&apos;s rules: {reasons}</source>
        <extracomment>desktop/services/credit.py:378</extracomment>
        <translation>Заявитель не соответствует требованиям программы: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant is under investigation or on trial; the program does not lend to them.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Заявитель находится под следствием или судом; программа таким лицам не кредитует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s and the spouse&apos;s fund balances {balance} is under {floor} and counts as {counted}; × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Остатки на счетах фонда заявителя и супруга(и) {balance} меньше {floor} и учитываются как {counted}; × {multiple} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s and the spouse&apos;s fund balances {balance} × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Остатки на счетах фонда заявителя и супруга(и) {balance} × {multiple} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application cannot be submitted while the dossier has {count} gap(s): {codes}.</source>
        <extracomment>desktop/domain/credit/decisions.py:246</extracomment>
        <translation>Заявку нельзя направить, пока в досье не хватает документов ({count}): {codes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application has been submitted: its facts are as the bank judged them and no longer change.</source>
        <extracomment>desktop/services/credit.py:314</extracomment>
        <translation>Заявка направлена: сведения в ней зафиксированы в том виде, в каком их рассматривал банк, и больше не меняются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application&apos;s stored {what} cannot be read ({error}); restore a backup or call support.</source>
        <extracomment>desktop/services/credit.py:791</extracomment>
        <translation>Сохранённые данные заявки ({what}) не читаются ({error}); восстановите резервную копию или обратитесь в службу поддержки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The auction ratio is an exact decimal above 0 and at most 1.</source>
        <extracomment>desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:655</extracomment>
        <translation>Коэффициент торгов — точная десятичная дробь больше 0 и не больше 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balance cannot go below the residual of {residual}.</source>
        <extracomment>desktop/domain/loans.py:480</extracomment>
        <translation>Остаток долга не может быть меньше остаточного платежа {residual}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower cannot be told of the decision before the application was received.</source>
        <extracomment>desktop/domain/credit/deadlines.py:257</extracomment>
        <translation>Сообщить заёмщику о решении нельзя раньше, чем поступила заявка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower must be interviewed in person before the decision is cleared: {explanation}</source>
        <extracomment>desktop/domain/credit/decisions.py:287</extracomment>
        <translation>До отметки СЭБ на решении с заёмщиком обязательно проводится личное собеседование: {explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The branch&apos;s region is not set; registration cannot be checked.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Регион отделения не задан; регистрацию проверить нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brokerage commission cap is for prices in JPY.</source>
        <extracomment>desktop/domain/fees.py:131</extracomment>
        <translation>Предел комиссии агентства установлен для цен в JPY.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The buyer and the seller are the same party.</source>
        <extracomment>desktop/domain/car_sale.py:204 desktop/domain/settlement.py:193</extracomment>
        <translation>Покупатель и продавец — одно и то же лицо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The buyer&apos;s shares of the property tax and fees are paid to the seller and, like the rest of the price, go to {lender}.</source>
        <extracomment>desktop/domain/short_sale.py:512</extracomment>
        <translation>Доли покупателя в налоге на имущество и взносах выплачиваются продавцу и, как и остаток цены, идут кредитору ({lender}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing account is not a party to the deal.</source>
        <extracomment>desktop/domain/settlement.py:196</extracomment>
        <translation>Расчётный счёт сделки не является её стороной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commission cannot be negative.</source>
        <extracomment>desktop/domain/fees.py:200</extracomment>
        <translation>Комиссия не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commission cannot exceed the legal cap of {cap} without an override and its reason.</source>
        <extracomment>desktop/domain/fees.py:202</extracomment>
        <translation>Комиссия не может превышать законный предел {cap} без исключения с указанием причины.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent date is in the future.</source>
        <extracomment>desktop/domain/customers.py:161 desktop/domain/retention.py:177</extracomment>
        <translation>Дата согласия ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The costs proposed ({costs}) exceed the price {price}: nothing is left for {lender}.</source>
        <extracomment>desktop/domain/short_sale.py:428</extracomment>
        <translation>Предложенные расходы ({costs}) превышают цену {price}: кредитору ({lender}) ничего не остаётся.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The court&apos;s notice of commencement (競売開始決定) is dated {day}: the auction is under way.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Решение суда о начале торгов (競売開始決定) датировано {day}: процедура торгов уже идёт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The creditors would receive {loss} less than at auction: the lender may refuse the voluntary sale at this price.</source>
        <extracomment>desktop/domain/short_sale.py:696</extracomment>
        <translation>Кредиторы получили бы на {loss} меньше, чем на торгах: при такой цене кредитор может отказать в добровольной продаже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is not right.</source>
        <extracomment>desktop/services/users.py:139</extracomment>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is the owner of record, so the title moves without a release from {lender}; the debt of {amount} remains and must still be repaid.</source>
        <extracomment>desktop/domain/car_sale.py:279</extracomment>
        <translation>Клиент — собственник по регистрации, поэтому право переходит без согласия кредитора ({lender}); долг {amount} остаётся и подлежит погашению.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer must be at least 18 years old.</source>
        <extracomment>desktop/domain/customers.py:116</extracomment>
        <translation>Клиенту должно быть не меньше 18 лет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is in the future.</source>
        <extracomment>desktop/domain/customers.py:114</extracomment>
        <translation>Дата рождения ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debt can stay with the customer only when the customer is the owner of record; otherwise the lender must be paid off to release the title.</source>
        <extracomment>desktop/domain/car_sale.py:229</extracomment>
        <translation>Долг может остаться за клиентом, только если клиент — собственник по документам; иначе для снятия обременения кредит нужно погасить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debt must be more than zero.</source>
        <extracomment>desktop/domain/short_sale.py:279 desktop/domain/short_sale.py:300</extracomment>
        <translation>Долг должен быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The distribution table has changed since the lender&apos;s decisions: set its lines again.</source>
        <extracomment>desktop/domain/settlement_inputs.py:357</extracomment>
        <translation>Таблица распределения изменилась после решений кредитора: задайте её строки заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document is empty; it was not issued.</source>
        <extracomment>desktop/services/documents.py:39</extracomment>
        <translation>Документ пуст; он не выдан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document number is too short.</source>
        <extracomment>desktop/domain/customers.py:127</extracomment>
        <translation>Номер документа слишком короткий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document&apos;s issue date is in the future.</source>
        <extracomment>desktop/domain/customers.py:129</extracomment>
        <translation>Дата выдачи документа ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier of a submitted application is closed.</source>
        <extracomment>desktop/services/credit.py:367</extracomment>
        <translation>Кредитное досье направленной заявки закрыто.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier of a submitted application is closed; only returns after a refusal are recorded.</source>
        <extracomment>desktop/services/credit.py:345</extracomment>
        <translation>Кредитное досье направленной заявки закрыто; вносится только возврат документов после отказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due day must be a day of the month, 1 to 31.</source>
        <extracomment>desktop/domain/loans.py:148</extracomment>
        <translation>День платежа — число месяца от 1 до 31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earnest money is part of the price: it cannot exceed it.</source>
        <extracomment>desktop/domain/home_sale.py:269 desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:496</extracomment>
        <translation>Задаток — часть цены и не может её превышать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employment start is in the future.</source>
        <extracomment>desktop/domain/customers.py:138</extracomment>
        <translation>Дата начала работы ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The floor area must be more than zero.</source>
        <extracomment>desktop/domain/assets.py:94</extracomment>
        <translation>Площадь должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fund balance {balance} is under {floor} and counts as {counted}; × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Остаток на счёте фонда {balance} меньше {floor} и учитывается как {counted}; × {multiple} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fund balance {balance} × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Остаток на счёте фонда {balance} × {multiple} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guarantor company paid off the bank on {day} (代位弁済): it can petition for auction at once. Start the voluntary sale now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Гарантийная компания погасила долг перед банком {day} (代位弁済) и может сразу подать заявление о торгах. Начните добровольную продажу немедленно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installment cannot repay the loan in 600 months.</source>
        <extracomment>desktop/domain/loans.py:394</extracomment>
        <translation>При таком платеже кредит не будет погашен и за 600 месяцев.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installment does not even cover the interest: it never repays.</source>
        <extracomment>desktop/domain/loans.py:387</extracomment>
        <translation>Платёж не покрывает даже проценты: кредит никогда не будет погашен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installments add up to less than the loan amount.</source>
        <extracomment>desktop/domain/loans.py:404</extracomment>
        <translation>Сумма платежей меньше суммы кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender has not decided lines {lines} of the distribution table.</source>
        <extracomment>desktop/domain/settlement_inputs.py:385 desktop/domain/short_sale.py:491</extracomment>
        <translation>Кредитор не принял решение по строкам {lines} таблицы распределения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender&apos;s figure differs from the desk&apos;s estimate by {gap}: check the payments recorded and the letter before relying on either.</source>
        <extracomment>desktop/domain/payoffs.py:93</extracomment>
        <translation>Сумма кредитора отличается от расчёта офиса на {gap}: прежде чем опираться на одну из них, проверьте внесённые платежи и справку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender&apos;s payoff letter {reference} expired on {good_through}: extended by {days} days × {per_diem} per diem. Ask the lender for a new letter before paying.</source>
        <extracomment>desktop/domain/payoffs.py:87</extracomment>
        <translation>Срок действия справки кредитора о сумме погашения {reference} истёк {good_through}: расчёт продлён на {days} дн. × {per_diem} (проценты за день). До оплаты запросите у кредитора новую справку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter cannot be received in the future.</source>
        <extracomment>desktop/domain/payoffs.py:55</extracomment>
        <translation>Дата получения справки ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line goes through {party}&apos;s account; this closing is run by {agent}.</source>
        <extracomment>desktop/domain/settlement.py:207</extracomment>
        <translation>Строка проходит через счёт {party}; расчёты по этой сделке ведёт {agent}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan amount must be more than zero.</source>
        <extracomment>desktop/domain/loans.py:142</extracomment>
        <translation>Сумма кредита должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan is in {currency}.</source>
        <extracomment>desktop/domain/releases.py:82</extracomment>
        <translation>Кредит — в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan is in {currency}; enter the letter&apos;s figures in {currency}.</source>
        <extracomment>desktop/domain/payoffs.py:48</extracomment>
        <translation>Кредит — в {currency}; укажите суммы из справки в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan may not exceed the price {price}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Кредит не может превышать цену {price}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan&apos;s payoff is taken for today or a later day: change the day of the sale.</source>
        <extracomment>desktop/services/settlements.py:523</extracomment>
        <translation>Сумма погашения кредита берётся на сегодня или более позднюю дату: измените дату продажи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan-to-value cap is more than 0 % and at most 200 %.</source>
        <extracomment>desktop/domain/car_sale.py:123</extracomment>
        <translation>Предельное соотношение кредит/залог — больше 0 % и не больше 200 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The low-priced vacant home rule (up to 300,000 + tax) applies from {since}; on {on} the ordinary cap applies.</source>
        <extracomment>desktop/domain/fees.py:154</extracomment>
        <translation>Правило о недорогом пустующем жилье (до 300 000 + налог) действует с {since}; на {on} применяется обычный лимит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The low-priced vacant home rule is for prices of {limit} or less; at {price} the ordinary cap applies.</source>
        <extracomment>desktop/domain/fees.py:158</extracomment>
        <translation>Правило о недорогом пустующем жилье действует для цен не выше {limit}; при цене {price} применяется обычный лимит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum amount cannot be worked out yet: {problems}</source>
        <extracomment>desktop/services/credit.py:381</extracomment>
        <translation>Максимальную сумму пока рассчитать нельзя: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The monthly repayment may be at most {share} % of the family&apos;s monthly income {income}, that is {ceiling}. At {rate} % a year over {term} months ({method}) the largest loan within it is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>Ежемесячный платёж — не более {share} % ежемесячного дохода семьи {income}, то есть {ceiling}. При ставке {rate} % годовых на {term} мес. ({method}) наибольший кредит в этих пределах — {limit}, платёж {payment} в месяц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new car must be priced in {currency}.</source>
        <extracomment>desktop/domain/car_sale.py:220</extracomment>
        <translation>Цена нового автомобиля должна быть в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new car&apos;s price must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:125</extracomment>
        <translation>Цена нового автомобиля должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new loan from {new_lender} rises to {after}: the customer repays the old car&apos;s shortfall with the new car.</source>
        <extracomment>desktop/domain/car_sale.py:349</extracomment>
        <translation>Новый кредит ({new_lender}) увеличивается до {after}: недостачу по старому автомобилю клиент выплачивает вместе с новым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of buildings cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:98</extracomment>
        <translation>Число зданий не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of land parcels cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:96</extracomment>
        <translation>Число земельных участков не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paid period cannot end before it starts.</source>
        <extracomment>desktop/domain/credit/after_approval.py:215</extracomment>
        <translation>Оплаченный период не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payer and the payee are the same party.</source>
        <extracomment>desktop/domain/settlement.py:123</extracomment>
        <translation>Плательщик и получатель — одно и то же лицо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment date is before the loan was paid out.</source>
        <extracomment>desktop/services/loans.py:138</extracomment>
        <translation>Дата платежа раньше даты выдачи кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment date is in the future.</source>
        <extracomment>desktop/services/loans.py:140</extracomment>
        <translation>Дата платежа ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff amount must be more than zero.</source>
        <extracomment>desktop/domain/payoffs.py:51</extracomment>
        <translation>Сумма погашения должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff must be in the price&apos;s currency ({currency}).</source>
        <extracomment>desktop/domain/car_sale.py:215</extracomment>
        <translation>Сумма погашения должна быть в валюте цены ({currency}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:79</extracomment>
        <translation>Сумма погашения должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано. Клиент — собственник по регистрации: право можно передать, сохранив долг (с его учётом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано. Клиент — собственник по регистрации: право можно передать, сохранив долг (с его учётом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано; сумма погашения — по справке кредитора {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано; сумма погашения — по справке кредитора {reference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused., which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано; сумма погашения включает остаточный платёж {residual} по кредиту с остаточной стоимостью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused., which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано; сумма погашения включает остаточный платёж {residual} по кредиту с остаточной стоимостью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают цену {price} на {shortfall}: продавец ({seller}) должен оплатить разницу до продажи, иначе кредитор ({lender}) не снимет обременение и в покупке будет отказано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the trade-in allowance {price} by {shortfall}: the customer pays it in cash or it is rolled into the new loan, before the lien can be released.</source>
        <extracomment>desktop/domain/car_sale.py:355</extracomment>
        <translation>Сумма погашения {payoff} и сборы {fees} превышают зачётную стоимость {price} на {shortfall}: до снятия обременения клиент доплачивает разницу наличными или она включается в новый кредит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per diem cannot be negative.</source>
        <extracomment>desktop/domain/payoffs.py:53</extracomment>
        <translation>Проценты за день не могут быть отрицательными.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned settlement on {planned} is after {last}, the last day before bid opening: too late.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Плановые расчёты {planned} позже {last} — последнего дня перед открытием приёма заявок на торгах: слишком поздно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price changed from {old} to {new}: the distribution table goes back to {lender} for approval; every line is proposed again.</source>
        <extracomment>desktop/domain/short_sale.py:243</extracomment>
        <translation>Цена изменилась с {old} на {new}: таблица распределения снова направляется на согласование кредитору ({lender}); все строки предлагаются заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price does not cover the payoffs and costs: {seller} must bring {amount} to the closing, or ask the lenders for a voluntary sale (任意売却).</source>
        <extracomment>desktop/domain/home_sale.py:370</extracomment>
        <translation>Цены не хватает на погашение кредитов и расходы: продавцу ({seller}) нужно внести {amount} при расчётах или просить кредиторов о добровольной продаже (任意売却).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:202 desktop/domain/fees.py:138 desktop/domain/home_sale.py:260</extracomment>
        <translation>Цена должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program does not lend for {purpose}.</source>
        <extracomment>desktop/services/credit.py:611</extracomment>
        <translation>Программа не кредитует цель «{purpose}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program does not lend for {purpose}; it lends for {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Программа не кредитует цель «{purpose}»; допустимые цели: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program gives no retirement age for this applicant ({who}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Программа не устанавливает пенсионный возраст для этого заявителя ({who}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program lends for {purpose}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Программа кредитует цель «{purpose}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program lends in {currency}.</source>
        <extracomment>desktop/services/credit.py:608</extracomment>
        <translation>Программа кредитует в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provident fund is not paid in full and on time; the program requires it.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Взносы в жилищный накопительный фонд уплачиваются не полностью или не в срок; программа этого требует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provident fund is paid in full and on time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Взносы в жилищный накопительный фонд уплачиваются полностью и в срок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate entered for {currency} must be an exact number above zero.</source>
        <extracomment>desktop/domain/credit/maximum.py:58</extracomment>
        <translation>Курс {currency} должен быть точным числом больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is a percentage between 0 and 100.</source>
        <extracomment>desktop/services/credit.py:616</extracomment>
        <translation>Ставка — процент от 0 до 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is between 0 and 100 percent a year.</source>
        <extracomment>desktop/domain/credit/decisions.py:341</extracomment>
        <translation>Ставка — от 0 до 100 % годовых.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate must be zero or more.</source>
        <extracomment>desktop/domain/loans.py:64</extracomment>
        <translation>Ставка не может быть меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason must not contain the customer&apos;s name, phone or document number.</source>
        <extracomment>desktop/domain/retention.py:362</extracomment>
        <translation>Причина не должна содержать ФИО, телефон или номер документа клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refusal notice was already signed on {on}.</source>
        <extracomment>desktop/domain/credit/decisions.py:376</extracomment>
        <translation>Уведомление об отказе уже подписано {on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is for program {requested}, not {program}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:425 desktop/domain/credit/maximum.py:488</extracomment>
        <translation>Запрос относится к программе {requested}, а не {program}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual is part of the payoff: more than zero, at most the payoff.</source>
        <extracomment>desktop/domain/car_sale.py:83</extracomment>
        <translation>Остаточный платёж входит в сумму погашения: больше нуля и не больше суммы погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual must be in the loan&apos;s currency.</source>
        <extracomment>desktop/domain/loans.py:157</extracomment>
        <translation>Остаточный платёж должен быть в валюте кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual must be more than zero and less than the loan amount.</source>
        <extracomment>desktop/domain/loans.py:159</extracomment>
        <translation>Остаточный платёж должен быть больше нуля и меньше суммы кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale must close and the auction be withdrawn by {last}, the day before bid opening {bid} ({basis}): {days} days from today. In practice it must close earlier: the buyer&apos;s loan screening and the discharge papers take time.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Сделку нужно завершить, а торги отозвать до {last} — дня перед открытием приёма заявок {bid} ({basis}): осталось {days} дн. На практике завершить нужно раньше: проверка кредита покупателя и документы на снятие ипотеки требуют времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scrivener&apos;s fee cannot be negative.</source>
        <extracomment>desktop/domain/fees.py:391</extracomment>
        <translation>Вознаграждение регистратора не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The security officer reviews a submitted application; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>Сотрудник СЭБ проверяет только направленную заявку; статус этой заявки — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller already holds the earnest money {held}: it must be handed over at settlement, or the creditors receive that much less.</source>
        <extracomment>desktop/domain/short_sale.py:538</extracomment>
        <translation>Задаток {held} уже у продавца: его нужно передать при расчётах, иначе кредиторы получат на эту сумму меньше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller is bankrupt: {pct}% of the price {price} = {cap} to the estate.</source>
        <extracomment>desktop/domain/short_sale.py:403</extracomment>
        <translation>Продавец — банкрот: {pct} % цены {price} = {cap} в конкурсную массу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement statement of a voluntary sale is printed once the lender has decided every line and the buyer is entered: print the distribution table meanwhile.</source>
        <extracomment>desktop/services/settlements.py:375</extracomment>
        <translation>Расчётная ведомость добровольной продажи печатается, когда кредитор принял решение по каждой строке и указан покупатель; пока распечатайте таблицу распределения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax in the price must be between zero and the price.</source>
        <extracomment>desktop/domain/fees.py:134</extracomment>
        <translation>Налог в составе цены — от нуля до суммы цены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term ends on {end}; the applicant reaches the retirement age of {age} ({who}) on {retires}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Срок кредита заканчивается {end}; заявитель достигает пенсионного возраста {age} лет ({who}) {retires}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term ends on {end}; the applicant turns {limit} on {turns}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Срок кредита заканчивается {end}; заявителю исполнится {limit} лет {turns}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term is a whole number of months, at least one.</source>
        <extracomment>desktop/domain/credit/decisions.py:339</extracomment>
        <translation>Срок — целое число месяцев, не меньше одного.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term is between 1 and 600 months.</source>
        <extracomment>desktop/services/credit.py:614</extracomment>
        <translation>Срок — от 1 до 600 месяцев.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term must be 1 to 600 months.</source>
        <extracomment>desktop/domain/loans.py:144 desktop/domain/loans.py:93</extracomment>
        <translation>Срок — от 1 до 600 месяцев.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term must be 1 to {most} months.</source>
        <extracomment>desktop/domain/credit/maximum.py:494</extracomment>
        <translation>Срок — от 1 до {most} месяцев.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <extracomment>desktop/ui/access/sign_in_dialogs.py:107</extracomment>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voluntary sale brings the creditors {gain} more than the expected auction and leaves the seller owing {saved} less.</source>
        <extracomment>desktop/domain/short_sale.py:700</extracomment>
        <translation>Добровольная продажа приносит кредиторам на {gain} больше, чем ожидаемые торги, а долг продавца остаётся на {saved} меньше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawal date is in the future.</source>
        <extracomment>desktop/domain/retention.py:189</extracomment>
        <translation>Дата отзыва ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawal is before the consent was given.</source>
        <extracomment>desktop/domain/retention.py:191</extracomment>
        <translation>Дата отзыва раньше даты согласия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {country} calendar cannot use the categories {categories}: {problem}</source>
        <extracomment>desktop/domain/credit/calendar.py:66</extracomment>
        <translation>В календаре страны {country} нельзя использовать категории {categories}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {currency} rate must be a positive number.</source>
        <extracomment>desktop/domain/credit/decisions.py:441</extracomment>
        <translation>Курс {currency} должен быть положительным числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask an administrator.</source>
        <extracomment>desktop/services/users.py:92</extracomment>
        <translation>Учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:102 desktop/domain/home_sale.py:140</extracomment>
        <translation>Эта сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application was changed by someone else meanwhile: open it again and repeat the change.</source>
        <extracomment>desktop/store/credit.py:110</extracomment>
        <translation>За это время заявку изменил другой пользователь: откройте её заново и повторите изменение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application was changed meanwhile: look at it again.</source>
        <extracomment>desktop/services/credit.py:709</extracomment>
        <translation>Тем временем заявка была изменена: просмотрите её ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This asset belongs to another customer.</source>
        <extracomment>desktop/services/loans.py:105 desktop/services/settlements.py:496</extracomment>
        <translation>Это имущество принадлежит другому клиенту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has no consent in force to withdraw.</source>
        <extracomment>desktop/services/privacy.py:161</extracomment>
        <translation>У клиента нет действующего согласия, которое можно отозвать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer still has {open_loans} loan(s) not paid off and {open_releases} lien release(s) not finished; their data is kept while that business lasts.</source>
        <extracomment>desktop/services/privacy.py:88</extracomment>
        <translation>У клиента остаются непогашенные кредиты ({open_loans}) и незавершённые снятия обременения ({open_releases}); его данные хранятся, пока эти дела не завершены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer&apos;s personal data was already erased.</source>
        <extracomment>desktop/services/privacy.py:224</extracomment>
        <translation>Персональные данные этого клиента уже уничтожены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer&apos;s personal data was erased.</source>
        <extracomment>desktop/services/privacy.py:411</extracomment>
        <translation>Персональные данные этого клиента уничтожены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is before the payoff was sent.</source>
        <extracomment>desktop/domain/releases.py:86</extracomment>
        <translation>Эта дата раньше даты перечисления суммы погашения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is in the future.</source>
        <extracomment>desktop/domain/releases.py:74</extracomment>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deal is a {kind}; the sale entered is a {entered}.</source>
        <extracomment>desktop/domain/settlement_inputs.py:313</extracomment>
        <translation>Вид сделки — «{kind}»; введена продажа вида «{entered}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deal is in {currency}.</source>
        <extracomment>desktop/services/settlements.py:452</extracomment>
        <translation>Сделка — в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <extracomment>desktop/domain/customers.py:136</extracomment>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lien was already released on {released_on}; it can no longer be changed.</source>
        <extracomment>desktop/services/releases.py:52</extracomment>
        <translation>Обременение уже снято {released_on}; изменить его больше нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan belongs to another customer.</source>
        <extracomment>desktop/services/settlements.py:486</extracomment>
        <translation>Этот кредит принадлежит другому клиенту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan is in {loan_currency}; the deal is in {currency}.</source>
        <extracomment>desktop/services/settlements.py:488</extracomment>
        <translation>Кредит — в {loan_currency}, а сделка — в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan is repaid in {currency}.</source>
        <extracomment>desktop/services/loans.py:134</extracomment>
        <translation>Кредит погашается в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program has no branch security check.</source>
        <extracomment>desktop/domain/credit/decisions.py:212</extracomment>
        <translation>В этой программе нет проверки службой безопасности филиала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot close as entered.</source>
        <extracomment>desktop/domain/settlement_inputs.py:325</extracomment>
        <translation>В таком виде провести расчёты по сделке нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settlement cannot be finalised: {reasons}</source>
        <extracomment>desktop/services/settlements.py:120</extracomment>
        <translation>Эту расчётную ведомость нельзя утвердить: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settlement is in {currency}; the line is in {line_currency}.</source>
        <extracomment>desktop/domain/settlement.py:203</extracomment>
        <translation>Расчётная ведомость — в {currency}, а строка — в {line_currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step is dated {at}, before the last step on {last}; check the clock.</source>
        <extracomment>desktop/domain/credit/decisions.py:216</extracomment>
        <translation>Этот этап датирован {at}, раньше предыдущего этапа ({last}); проверьте часы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is taken.</source>
        <extracomment>desktop/services/users.py:159</extracomment>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the documents handed back.</source>
        <extracomment>desktop/ui/credit/dialogs.py:344</extracomment>
        <translation>Отметьте возвращаемые документы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the bankruptcy estate ({trustee})</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>В конкурсную массу ({trustee})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To {creditor} (rank {rank}): the rest of the price</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Остаток цены — кредитору {creditor} (очерёдность {rank})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late: the auction could be withdrawn only until {last}, the day before bid opening ({bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>Слишком поздно: отозвать торги можно было только до {last} — дня перед открытием приёма заявок ({bid}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords: the account is locked for a while.</source>
        <extracomment>desktop/services/users.py:106 desktop/services/users.py:96</extracomment>
        <translation>Слишком много неверных паролей: учётная запись временно заблокирована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment is {months} months; the program asks for at least {needed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Общий стаж — {months} мес.; программа требует не менее {needed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment not recorded; the program asks for at least {needed} months.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Общий стаж не указан; программа требует не менее {needed} мес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trade-in allowance (下取り) given by {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>Зачётная стоимость в трейд-ин (下取り), даёт {buyer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown deadline rules “{rules}”; expected one of {expected}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:119</extracomment>
        <translation>Неизвестные правила сроков «{rules}»; ожидается одно из: {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role: {role}.</source>
        <extracomment>desktop/domain/settlement.py:82</extracomment>
        <translation>Неизвестная роль: {role}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown section: {section}.</source>
        <extracomment>desktop/domain/settlement.py:112</extracomment>
        <translation>Неизвестный раздел: {section}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown {field}: {value}.</source>
        <extracomment>desktop/domain/loans.py:101 desktop/domain/loans.py:134</extracomment>
        <translation>Неизвестное значение поля «{field}»: {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported currency {currency}.</source>
        <extracomment>desktop/domain/credit/maximum.py:491</extracomment>
        <translation>Валюта {currency} не поддерживается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported currency: {currency}.</source>
        <extracomment>desktop/domain/settlement.py:190</extracomment>
        <translation>Валюта не поддерживается: {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a two-letter country code, such as JP, RU or CN.</source>
        <extracomment>desktop/domain/customers.py:122 desktop/domain/retention.py:140</extracomment>
        <translation>Укажите двухбуквенный код страны, например JP, RU или CN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: imported by a private person.</source>
        <extracomment>desktop/domain/credit/eligibility.py:342</extracomment>
        <translation>Подержанное: ввезено частным лицом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: it has been in service.</source>
        <extracomment>desktop/domain/credit/eligibility.py:352</extracomment>
        <translation>Подержанное: находилось в эксплуатации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: it has been registered before.</source>
        <extracomment>desktop/domain/credit/eligibility.py:344</extracomment>
        <translation>Подержанное: ранее регистрировалось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: model year {model_year} is more than {years} years before the contract year {year}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:347</extracomment>
        <translation>Подержанное: год выпуска {model_year} более чем на {years} лет раньше года договора {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement could not be changed.</source>
        <extracomment>desktop/store/settlements.py:274</extracomment>
        <translation>Редакцию {version} этой расчётной ведомости изменить не удалось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is already final.</source>
        <extracomment>desktop/services/settlements.py:289</extracomment>
        <translation>Редакция {version} этой расчётной ведомости уже утверждена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is final: revise the deal to change it.</source>
        <extracomment>desktop/services/settlements.py:110 desktop/store/settlements.py:272</extracomment>
        <translation>Редакция {version} этой расчётной ведомости утверждена: чтобы её изменить, пересмотрите сделку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is still a draft: change it instead.</source>
        <extracomment>desktop/services/settlements.py:308</extracomment>
        <translation>Редакция {version} этой расчётной ведомости ещё в проекте: измените её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veto by {user} at {at}: {reason}. The positive decision is cancelled and the dossier is marked refused.</source>
        <extracomment>desktop/domain/credit/decisions.py:313</extracomment>
        <translation>«Вето»: {user}, {at}: {reason}. Положительное решение отменено, на досье проставлена отметка об отказе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voluntary sale: price {price} − costs {costs} → the creditors receive {received}; debt {debt} − {received} = {owes} still owed.</source>
        <extracomment>desktop/domain/short_sale.py:672</extracomment>
        <translation>Добровольная продажа: цена {price} − расходы {costs} → кредиторы получают {received}; долг {debt} − {received} = остаётся {owes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What follows approval is recorded once the application is approved.</source>
        <extracomment>desktop/services/credit.py:756</extracomment>
        <translation>Действия после одобрения вносятся только после одобрения заявки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a down payment of at least {margin} %, the loan is at most {share} % of the price {price} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>При первоначальном взносе не менее {margin} % кредит — не более {share} % цены {price} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <extracomment>desktop/services/users.py:108 desktop/services/users.py:77</extracomment>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <extracomment>desktop/services/users.py:170</extracomment>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You submitted this application; a decision needs a second person (the application centre or the committee).</source>
        <extracomment>desktop/services/credit.py:761</extracomment>
        <translation>Вы направили эту заявку; решение должно принимать другое лицо (Центр обработки кредитных заявок или Кредитный комитет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:466</extracomment>
        <translation>{amount} при пороге {threshold}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} at {usd_rate} per USD (rate of {usd_on}) = {usd}, against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:487</extracomment>
        <translation>{amount} по курсу {usd_rate} за USD (курс на {usd_on}) = {usd} при пороге {threshold}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} is left undistributed with {agent}: it is owed to {seller}. Add the payment of the seller&apos;s net proceeds.</source>
        <extracomment>desktop/domain/settlement.py:335</extracomment>
        <translation>{amount} остаётся нераспределённой ({agent}); эта сумма причитается продавцу ({seller}). Добавьте выплату чистой выручки продавцу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} × {own_rate} (rate of {own_on}) ÷ {usd_rate} per USD (rate of {usd_on}) = {usd}, against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:493</extracomment>
        <translation>{amount} × {own_rate} (курс на {own_on}) ÷ {usd_rate} за USD (курс на {usd_on}) = {usd} при пороге {threshold}.</translation>
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
        <translation>В календаре страны {country} нет административной единицы «{subdivision}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} arrears of more than 30 calendar days; the program allows at most {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Просрочек более 30 календарных дней: {count}; программа допускает не более {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number} is paid until {paid_until}: the next period must be paid no later than {days} calendar days before, by {pay_by}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:397</extracomment>
        <translation>Полис {cover} № {number} оплачен до {paid_until}: следующий период нужно оплатить не позднее чем за {days} календарных дней, до {pay_by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number} paid on {paid_on}: the policy and the proof of payment are due at the bank within {days} working days, by {proof_by}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:378</extracomment>
        <translation>Полис {cover} № {number} оплачен {paid_on}: полис и документ об оплате нужно предоставить в банк в течение {days} рабочих дней, до {proof_by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: enter {what} to check the sum insured.</source>
        <extracomment>desktop/domain/credit/after_approval.py:262</extracomment>
        <translation>Полис {cover} № {number}: чтобы проверить страховую сумму, укажите: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: not paid; it must be paid no later than the loan contract date, {contract_on}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:318</extracomment>
        <translation>Полис {cover} № {number}: не оплачен; его нужно оплатить не позднее даты кредитного договора, {contract_on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: paid from {start} until {until}; it must be paid for at least a year, until {needed}, or to the end of the loan.</source>
        <extracomment>desktop/domain/credit/after_approval.py:311</extracomment>
        <translation>Полис {cover} № {number}: оплачен с {start} по {until}; оплата нужна не менее чем на год, до {needed}, или до конца срока кредита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: paid on {paid_on}, after the loan contract date {contract_on}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:324</extracomment>
        <translation>Полис {cover} № {number}: оплачен {paid_on}, позже даты кредитного договора {contract_on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: sum insured {sum} is below {what}, {minimum} (short by {short}).</source>
        <extracomment>desktop/domain/credit/after_approval.py:272</extracomment>
        <translation>Полис {cover} № {number}: страховая сумма {sum} меньше требуемой ({what}: {minimum}), не хватает {short}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: the bank must be the beneficiary for theft and total loss.</source>
        <extracomment>desktop/domain/credit/after_approval.py:303</extracomment>
        <translation>Полис {cover} № {number}: выгодоприобретателем по рискам хищения и полной гибели должен быть банк.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: the bank must be the beneficiary.</source>
        <extracomment>desktop/domain/credit/after_approval.py:303</extracomment>
        <translation>Полис {cover} № {number}: выгодоприобретателем должен быть банк.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{creditor}: debt {debt} − received {received} = {remaining} still owed after the sale, no longer secured by the home.</source>
        <extracomment>desktop/domain/short_sale.py:563</extracomment>
        <translation>{creditor}: долг {debt} − получено {received} = {remaining} остаётся после продажи, уже без залога жилья.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{creditor}: {what} {amount} × {weight} = {weighted}.</source>
        <extracomment>desktop/domain/credit/maximum.py:244</extracomment>
        <translation>{creditor}: {what} {amount} × {weight} = {weighted}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} converted at the central-bank rate {rate} {home} of {on}.</source>
        <extracomment>desktop/domain/credit/maximum.py:89</extracomment>
        <translation>{currency} пересчитано по курсу ЦБ {rate} {home} на {on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} has no fractional unit: “{text}”.</source>
        <extracomment>desktop/domain/money.py:288</extracomment>
        <translation>У {currency} нет дробной единицы: «{text}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} has {digits} decimals at most: “{text}”.</source>
        <extracomment>desktop/domain/money.py:290</extracomment>
        <translation>У {currency} не более {digits} знаков после запятой: «{text}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{guarantor} paid off the bank on {subrogated_on} (代位弁済) and holds the claim: negotiate a repayment plan for the {remaining} left; otherwise it may sue and garnish wages, and bankruptcy may follow.</source>
        <extracomment>desktop/domain/short_sale.py:583</extracomment>
        <translation>{guarantor} погасила долг перед банком {subrogated_on} (代位弁済) и теперь владеет требованием: согласуйте график погашения оставшихся {remaining}; иначе возможны иск, взыскание из зарплаты и банкротство.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a joint guarantor (連帯保証人) and owes the deficiency of {total} too, even if the borrower is discharged in bankruptcy. Tell them before the sale: that the borrower can no longer pay; what a voluntary sale is and what it achieves; that the debt left after it must be repaid; that an auction would leave a larger debt.</source>
        <extracomment>desktop/domain/short_sale.py:595</extracomment>
        <translation>{name} — солидарный поручитель (連帯保証人) и тоже отвечает за остаток долга {total}, даже если заёмщик будет освобождён от долгов при банкротстве. До продажи сообщите поручителю: что заёмщик больше не может платить; что такое добровольная продажа и что она даёт; что оставшийся после неё долг нужно погашать; что торги оставили бы больший долг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{periods} periods overdue and unpaid on a provident fund loan: more than {limit} is a bad record that bars new loans for a time (the source does not say how long).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Просроченных неоплаченных периодов по кредиту жилищного накопительного фонда: {periods}; более {limit} — отрицательная история, которая на время закрывает доступ к новым кредитам (на какой срок, источник не указывает).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{periods} periods overdue on provident fund loans; a bad record starts above {limit}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>Просроченных периодов по кредитам жилищного накопительного фонда: {periods}; отрицательная история — более {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{rate1}% от {base1} = {tier1}; итого {fee} + налог {tax_pct}% {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{rate1}% от {base1} = {tier1}; {rate2}% от {base2} = {tier2}; итого {fee} + налог {tax_pct}% {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; {rate3}% of {base3} = {tier3}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{rate1}% от {base1} = {tier1}; {rate2}% от {base2} = {tier2}; {rate3}% от {base3} = {tier3}; итого {fee} + налог {tax_pct}% {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule} (This applies if the car turns out to be used.)</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>{rule} (Применяется, если автомобиль окажется подержанным.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the appraisal of the existing home {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % оценочной стоимости имеющегося жилья {base} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the commercial loan&apos;s original amount {original} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % первоначальной суммы коммерческого кредита {original} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the face value of the pledge {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % номинальной стоимости залога {base} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the guarantor&apos;s provident fund balance {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % остатка на счёте жилищного накопительного фонда поручителя {base} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the home&apos;s total price {price} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % полной цены жилья {price} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the net average monthly income {income} (the spouse, a qualifying guarantor, included) is {ceiling}. Existing obligations weigh {existing}, leaving {available} for the new payment. At {rate} % a year over {term} months ({method}) the largest loan whose payment fits is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % среднемесячного чистого дохода {income} (с учётом дохода супруга(и) — поручителя, отвечающего требованиям) — это {ceiling}. Действующие обязательства составляют {existing}, на новый платёж остаётся {available}. При ставке {rate} % годовых на {term} мес. ({method}) наибольший кредит с таким платежом — {limit}, платёж {payment} в месяц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the net average monthly income {income} is {ceiling}. Existing obligations weigh {existing}, leaving {available} for the new payment. At {rate} % a year over {term} months ({method}) the largest loan whose payment fits is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % среднемесячного чистого дохода {income} — это {ceiling}. Действующие обязательства составляют {existing}, на новый платёж остаётся {available}. При ставке {rate} % годовых на {term} мес. ({method}) наибольший кредит с таким платежом — {limit}, платёж {payment} в месяц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the price of the home bought {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>{share} % цены приобретаемого жилья {base} = {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: issued on {issued_on}, so it could be handed to the bank until {valid_until} ({days} working days); it was handed over on {received_on}. Ask for a fresh one.</source>
        <extracomment>desktop/domain/credit/dossier.py:160</extracomment>
        <translation>{title}: дата выдачи {issued_on}, поэтому передать документ в банк можно было до {valid_until} ({days} рабочих дней); передан {received_on}. Запросите новый документ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: returned to the borrower on {returned_on}; not in the dossier.</source>
        <extracomment>desktop/domain/credit/dossier.py:193</extracomment>
        <translation>{title}: документ возвращён заёмщику {returned_on}; в досье отсутствует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: the copy is not certified «копия верна» with the date, the certifier&apos;s position and name.</source>
        <extracomment>desktop/domain/credit/dossier.py:152</extracomment>
        <translation>{title}: копия не заверена отметкой «копия верна» с датой, должностью и ФИО заверившего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: valid until {valid_until}, handed to the bank on {received_on}.</source>
        <extracomment>desktop/domain/credit/dossier.py:167</extracomment>
        <translation>{title}: документ действителен до {valid_until}, передан в банк {received_on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {pages} of {pages_expected} pages in the dossier.</source>
        <extracomment>desktop/domain/credit/dossier.py:171</extracomment>
        <translation>{title}: в досье {pages} из {pages_expected} листов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} submitted this application and cannot also decide it.</source>
        <extracomment>desktop/domain/credit/decisions.py:326</extracomment>
        <translation>{user} направил(а) эту заявку и не может сам(а) принимать по ней решение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a rate.</source>
        <extracomment>desktop/domain/loans.py:61</extracomment>
        <translation>{value} — не ставка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{whose} net income of the last 3 months: {m1}, {m2}, {m3}; average {average}.</source>
        <extracomment>desktop/domain/credit/maximum.py:195</extracomment>
        <translation>Чистый доход ({whose}) за последние 3 месяца: {m1}, {m2}, {m3}; в среднем {average}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} (Listed because {unknown} is not recorded.)</source>
        <extracomment>desktop/domain/credit/checklist.py:113</extracomment>
        <translation>{why} (Включён в перечень, так как не указано: {unknown}.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} The program lends for new cars only.</source>
        <extracomment>desktop/domain/credit/eligibility.py:400</extracomment>
        <translation>{why} Программа кредитует только новые автомобили.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” cannot be done on {on} before: {missing}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:135</extracomment>
        <translation>«{item}» нельзя выполнить {on}, пока не выполнено: {missing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” is not on this checklist.</source>
        <extracomment>desktop/domain/credit/after_approval.py:121</extracomment>
        <translation>«{item}» нет в этом перечне.</translation>
    </message>
</context>
</TS>
