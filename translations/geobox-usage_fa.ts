<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>%1 is missing: %2 and %1 go together.</source>
        <extracomment>%1 the option missing, %2 the one given, %1 and %2 go together.</extracomment>
        <translation>%1 نیامده است: %2 و %1 با هم می‌آیند.</translation>
    </message>
    <message>
        <source>%1 %2 is after %3 %4.</source>
        <translation>%1 %2 بعد از %3 %4 است.</translation>
    </message>
    <message>
        <source>Say which API keys made the account&apos;s calls or traffic change: each key&apos;s figure in a range and in the period before it (or the one given with --vs-from and --vs-to), its change and its share of the account&apos;s change, and the usage from no listed key.</source>
        <translation>نشان می‌دهد کدام کلیدهای API فراخوانی‌ها یا ترافیک حساب را تغییر داده‌اند: رقم هر کلید در یک بازه و در دورهٔ پیش از آن (یا دوره‌ای که با --vs-from و --vs-to داده شود)، تغییر آن و سهمش از تغییر حساب، و مصرفی که از هیچ کلید فهرست‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>First day, inclusive (YYYY-MM-DD).</source>
        <translation>روز نخست، خودش هم شمرده می‌شود (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day, inclusive (YYYY-MM-DD).</source>
        <translation>روز آخر، خودش هم شمرده می‌شود (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The last N days, today included (default 30).</source>
        <translation>N روز گذشته، با امروز (پیش‌فرض ۳۰).</translation>
    </message>
    <message>
        <source>First day of the period to compare with (default: the period before).</source>
        <translation>روز نخست دوره‌ای که با آن مقایسه می‌شود (پیش‌فرض: دورهٔ قبل).</translation>
    </message>
    <message>
        <source>Last day of the period to compare with.</source>
        <translation>روز آخر دوره‌ای که با آن مقایسه می‌شود.</translation>
    </message>
    <message>
        <source>calls (default) or traffic (bytes).</source>
        <translation>calls (پیش‌فرض) یا traffic (بایت).</translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation>text (پیش‌فرض)، csv یا json.</translation>
    </message>
    <message>
        <source>--metric takes calls or traffic.</source>
        <translation>--metric یکی از calls یا traffic را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--format takes text, csv or json.</source>
        <translation>--format یکی از text، csv یا json را می‌پذیرد.</translation>
    </message>
    <message>
        <source>Give either --from and --to, or --days, not both.</source>
        <translation>یا --from و --to را بدهید یا --days را، نه هر دو را.</translation>
    </message>
    <message>
        <source>--days %1: give a whole number of days from %2 to %3.</source>
        <translation>--days %1: عددی صحیح از %2 تا %3 روز بدهید.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>نوشتن در خروجی استاندارد ممکن نیست: %1</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Monthly calls</source>
        <translation>فراخوانی‌های ماهانه</translation>
    </message>
    <message>
        <source>Daily calls</source>
        <translation>فراخوانی‌های روزانه</translation>
    </message>
    <message>
        <source>Monthly traffic</source>
        <translation>ترافیک ماهانه</translation>
    </message>
    <message>
        <source>Daily traffic</source>
        <translation>ترافیک روزانه</translation>
    </message>
    <message>
        <source>Monthly processing</source>
        <translation>پردازش ماهانه</translation>
    </message>
    <message>
        <source>Daily processing</source>
        <translation>پردازش روزانه</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the quota (&quot;Monthly calls&quot;), %2 the share reached (&quot;80%&quot;).</extracomment>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>%1 will run out this month</source>
        <extracomment>%1 the quota (&quot;Monthly calls&quot;).</extracomment>
        <translation>%1 در همین ماه تمام می‌شود</translation>
    </message>
    <message>
        <source>Spike in calls at %1</source>
        <extracomment>%1 the hour of the spike (&quot;Tue 1 Dec 14:00&quot;).</extracomment>
        <translation>جهش فراخوانی‌ها در %1</translation>
    </message>
    <message>
        <source>%1 times the usual for this hour of the week (%2 calls)</source>
        <extracomment>%1 how many times the usual (&quot;6.2&quot;), %2 the calls in that hour.</extracomment>
        <translation>%1 برابر معمول این ساعت از هفته (%2 فراخوانی)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 used, %2 the limit: &quot;2.55 M of 3 M&quot;.</extracomment>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Invalid request</source>
        <translation>درخواست نامعتبر</translation>
    </message>
    <message>
        <source>Insecure server address</source>
        <translation>نشانی ناامن سرور</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>خطای شبکه</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>پایان مهلت</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>احراز هویت ناموفق بود</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>دسترسی رد شد</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>پیدا نشد</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>سرور نپذیرفت</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>درخواست‌های بیش از حد</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>خطای سرور</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>پاسخ غیرمنتظره</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>پاسخ ناخوانا</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (retry after %2 s)</source>
        <translation>%1 (تلاش دوباره پس از %2 ثانیه)</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>B</source>
        <translation>بایت</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>کیلوبایت</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>مگابایت</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>گیگابایت</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>ترابایت</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>پتابایت</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a size: the number, then its unit (B, kB, MB …)</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ChartCaptions</name>
    <message>
        <source>Calls</source>
        <translation>فراخوانی‌ها</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>ترافیک</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>هنوز داده‌ای نیست</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>مجموع %1</translation>
    </message>
    <message>
        <source>avg %1/%2</source>
        <translation>میانگین %1 در هر %2</translation>
    </message>
    <message>
        <source>peak %1 (%2)</source>
        <translation>اوج %1 (%2)</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>فراخوانی‌ها: %1</translation>
    </message>
    <message>
        <source>Traffic: %1 (%2 bytes)</source>
        <translation>ترافیک: %1 (%2 بایت)</translation>
    </message>
    <message>
        <source>%1: no data yet.</source>
        <translation>%1: هنوز داده‌ای نیست.</translation>
    </message>
    <message>
        <source>%1 per %2, %3: total %4, average %5 per %2</source>
        <translation>%1 در هر %2، %3: مجموع %4، میانگین %5 در هر %2</translation>
    </message>
    <message>
        <source>%1, peak %2 on %3</source>
        <translation>%1، اوج %2 در %3</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 is not finished yet.</source>
        <translation>%1 هنوز تمام نشده است.</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>هفتهٔ %1</translation>
    </message>
    <message>
        <source>part of %1: the range starts on %2 and ends on %3</source>
        <translation>بخشی از %1: بازه از %2 آغاز می‌شود و در %3 پایان می‌یابد</translation>
    </message>
    <message>
        <source>part of %1: the range starts on %2</source>
        <translation>بخشی از %1: بازه از %2 آغاز می‌شود</translation>
    </message>
    <message>
        <source>part of %1: the range ends on %2</source>
        <translation>بخشی از %1: بازه در %2 پایان می‌یابد</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>ناتمام</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>دورهٔ پیش</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>CsvExportFlow</name>
    <message>
        <source>Export CSV</source>
        <translation>برون‌بری CSV</translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation>هنوز داده‌ای برای برون‌بری نیست.</translation>
    </message>
    <message>
        <source>Export CSV – stale data from %1</source>
        <translation>برون‌بری CSV – داده‌های قدیمی ساعت %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>برون‌بری به %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 ردیف به %2 برون‌بری شد</translation>
    </message>
    <message>
        <source>The data on screen was fetched at %1 and does not match the current choice: it is %2. Export that data anyway?</source>
        <translation>داده‌های روی صفحه ساعت %1 گرفته شده‌اند و با انتخاب کنونی نمی‌خوانند: %2. با این حال همین داده‌ها برون‌بری شوند؟</translation>
    </message>
</context>
<context>
    <name>DisplayCalendar</name>
    <message>
        <source>Automatic (Jalali)</source>
        <translation>خودکار (خورشیدی)</translation>
    </message>
    <message>
        <source>Automatic (Gregorian)</source>
        <translation>خودکار (میلادی)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>خورشیدی (هجری شمسی)</translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> فراخوانی</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>%1 the last day of the month, &quot;31 Dec&quot;.</extracomment>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>by midnight</source>
        <translation>تا نیمه‌شب</translation>
    </message>
    <message>
        <source>At this rate: %1%2 %3</source>
        <translation>با این آهنگ: %1%2 %3</translation>
    </message>
    <message>
        <source>(%1 – %2)</source>
        <extracomment>The 80% interval of the forecast, &quot;(2.6 – 3.2 M)&quot;.</extracomment>
        <translation>(%1 – %2)</translation>
    </message>
    <message>
        <source>(at the run rate of the month so far)</source>
        <translation>(با آهنگ مصرف ماه تا اکنون)</translation>
    </message>
    <message>
        <source>(at the run rate of today so far)</source>
        <translation>(با آهنگ مصرف امروز تا اکنون)</translation>
    </message>
    <message>
        <source>over on %1</source>
        <extracomment>%1 when the quota is (or was) crossed: &quot;28 Dec 14:00&quot;.</extracomment>
        <translation>عبور از سهمیه در %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ثانیه</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 دقیقه و %2 ثانیه</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعت و %2 دقیقه</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 روز و %2 ساعت</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>هفتهٔ %1</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1، %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>همین حالا</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>۱ روز پیش</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 روز پیش</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln دقیقه پیش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln ساعت پیش</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>The percentage of a quota used: %1 the number, %2 the locale&apos;s percent sign.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <extracomment>A quota used above 0 and below 1%: %1 is &quot;1%&quot;.</extracomment>
        <translation>کمتر از %1</translation>
    </message>
    <message>
        <source>&gt;%1</source>
        <extracomment>A quota used above 99% and below 100%: %1 is &quot;99%&quot;.</extracomment>
        <translation>بیش از %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>نوشتن %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>Geobox Usage</source>
        <translation>مصرف ژئوباکس</translation>
    </message>
    <message>
        <source>Save the window as a PNG once the data is shown, then quit.</source>
        <translation>ذخیرهٔ پنجره به‌صورت PNG پس از نمایش داده‌ها، سپس خروج.</translation>
    </message>
    <message>
        <source>A dashboard of your Geobox API calls and traffic, against your plan.
Commands: %1 (each has --help; help COMMAND prints it too).</source>
        <extracomment>%1 the commands (export, summary, …), which stay in English.</extracomment>
        <translation>داشبورد فراخوانی‌های API و ترافیک ژئوباکس شما، در برابر طرح اشتراکتان.
فرمان‌ها: %1 (هر کدام --help دارد؛ help و نام فرمان هم راهنمای آن را چاپ می‌کند).</translation>
    </message>
    <message>
        <source>Start comparing with the previous period or the same period last year (previous or year), as View › Compare does.</source>
        <translation>از آغاز با دورهٔ قبل یا همین دوره در سال گذشته مقایسه کن (previous یا year)، همان کاری که نما › مقایسه می‌کند.</translation>
    </message>
    <message>
        <source>--compare takes previous or year, not &quot;%1&quot;.</source>
        <translation>--compare یکی از previous یا year را می‌پذیرد، نه «%1» را.</translation>
    </message>
    <message>
        <source>Show only the usage history; ask the server for nothing.</source>
        <translation>فقط تاریخچهٔ مصرف را نشان بده؛ از سرور چیزی نپرس.</translation>
    </message>
</context>
<context>
    <name>QueryMismatch</name>
    <message>
        <source>my account</source>
        <translation>حساب من</translation>
    </message>
    <message>
        <source>the key “%1”</source>
        <translation>کلید «%1»</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>ساعتی</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>of %1, not %2</source>
        <translation>از آنِ %1، نه %2</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1، نه %2</translation>
    </message>
    <message>
        <source>for %1, not %2</source>
        <translation>برای %1، نه %2</translation>
    </message>
    <message>
        <source>in weeks from %1, not from %2</source>
        <translation>در هفته‌هایی که از %1 آغاز می‌شوند، نه از %2</translation>
    </message>
    <message>
        <source>with other figures than chosen</source>
        <translation>با ارقامی جز آنچه انتخاب شده</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>geobox::AccountController</name>
    <message>
        <source>The GEOBOX_* credentials did not work: %1</source>
        <translation>اطلاعات ورود GEOBOX_* کار نکرد: %1</translation>
    </message>
    <message>
        <source>Sign in to %1 to see your usage.</source>
        <translation>برای دیدن مصرف خود به %1 وارد شوید.</translation>
    </message>
</context>
<context>
    <name>geobox::AccountFlow</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;ورود…</translation>
    </message>
    <message>
        <source>S&amp;witch Account…</source>
        <translation>&amp;تعویض حساب…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;خروج از حساب</translation>
    </message>
    <message>
        <source>You are signed out. Sign in to see your usage again.</source>
        <translation>از حساب خارج شده‌اید. برای دیدن دوبارهٔ مصرف خود وارد شوید.</translation>
    </message>
    <message>
        <source>The server refused the saved sign-in. Sign in again; nothing is deleted unless you sign out.</source>
        <translation>سرور اطلاعات ورود ذخیره‌شده را نپذیرفت. دوباره وارد شوید؛ تا از حساب خارج نشوید چیزی پاک نمی‌شود.</translation>
    </message>
    <message>
        <source>Switch Account – Geobox Usage</source>
        <translation>تعویض حساب – مصرف ژئوباکس</translation>
    </message>
    <message>
        <source>The server is now %1. Sign in there: the sign-in for %2 is not sent to another server, and stays in use until you sign in.</source>
        <translation>اکنون سرور %1 است. در آن وارد شوید: اطلاعات ورود %2 به سرور دیگری فرستاده نمی‌شود و تا وقتی وارد شوید همچنان به کار می‌رود.</translation>
    </message>
    <message>
        <source>The server is now %1. Sign in there to see your usage.</source>
        <translation>اکنون سرور %1 است. برای دیدن مصرف خود در آن وارد شوید.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>خروج از حساب</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>از حساب %1 خارج می‌شوید؟</translation>
    </message>
    <message>
        <source>The saved API key or token is removed from the system keychain. To sign in again you need the key, or your username and password.</source>
        <translation>کلید API یا توکن ذخیره‌شده از جاکلیدی سیستم پاک می‌شود. برای ورود دوباره به کلید، یا نام کاربری و گذرواژهٔ خود نیاز دارید.</translation>
    </message>
    <message>
        <source>The credentials of this session are forgotten.</source>
        <translation>اطلاعات ورود این نشست فراموش می‌شود.</translation>
    </message>
</context>
<context>
    <name>geobox::AlertFlow</name>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Geobox Usage: no quota limit known</source>
        <translation>مصرف ژئوباکس: سقف هیچ سهمیه‌ای معلوم نیست</translation>
    </message>
    <message>
        <source>Geobox Usage: the fullest quota is at %1%</source>
        <extracomment>The tray&apos;s tooltip: %1 the highest share of any quota used.</extracomment>
        <translation>مصرف ژئوباکس: پرترین سهمیه در %1٪ است</translation>
    </message>
</context>
<context>
    <name>geobox::AlertRulesBox</name>
    <message>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>When it crosses a monthly quota</source>
        <translation>وقتی از یک سهمیهٔ ماهانه بگذرد</translation>
    </message>
    <message>
        <source>On a spike in calls</source>
        <translation>با جهش فراخوانی‌ها</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>آستانه‌های هشدار</translation>
    </message>
    <message>
        <source>Shares of a quota, in percent, that send an alert once per day or month, e.g. 80, 100; empty: none</source>
        <translation>درصدهایی از یک سهمیه که در هر روز یا ماه یک بار هشدار می‌فرستند، مثلاً 80, 100؛ خالی: هیچ</translation>
    </message>
    <message>
        <source>An hour far above the same hour of the week in the past four weeks</source>
        <translation>ساعتی بسیار بالاتر از همان ساعت هفته در چهار هفتهٔ گذشته</translation>
    </message>
    <message>
        <source>Alert on the forecast</source>
        <translation>هشدار بر پایهٔ پیش‌بینی</translation>
    </message>
    <message>
        <source>Alert on spikes</source>
        <translation>هشدار برای جهش‌ها</translation>
    </message>
    <message>
        <source>Alert at (% of a &amp;quota):</source>
        <translation>هشدار در (٪ از &amp;سهمیه):</translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>&amp;پیش‌بینی:</translation>
    </message>
    <message>
        <source>Spi&amp;kes:</source>
        <translation>&amp;جهش‌ها:</translation>
    </message>
    <message>
        <source>Alert at: &quot;%1&quot; is not a list of whole percentages from 1 to 1000, e.g. 80, 100.</source>
        <extracomment>%1 what was typed.</extracomment>
        <translation>هشدار در: «%1» فهرستی از درصدهای صحیح از ۱ تا ۱۰۰۰ نیست، مثلاً 80, 100.</translation>
    </message>
</context>
<context>
    <name>geobox::ApiJob</name>
    <message>
        <source>The server sent %1 API keys for a page of %2.</source>
        <translation>سرور برای صفحه‌ای با اندازهٔ %2، %1 کلید API فرستاد.</translation>
    </message>
    <message>
        <source>The server sent the same page of API keys twice.</source>
        <translation>سرور یک صفحه از کلیدهای API را دو بار فرستاد.</translation>
    </message>
    <message>
        <source>A user name and a password are needed.</source>
        <translation>نام کاربری و گذرواژه لازم است.</translation>
    </message>
    <message>
        <source>The user name or password was refused.</source>
        <translation>نام کاربری یا گذرواژه پذیرفته نشد.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>سرور اتصال را نپذیرفت.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>سرور پیش از کامل شدن پاسخ، اتصال را بست.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>نام سرور پیدا نشد.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>مهلت اتصال به پایان رسید.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be set up.</source>
        <translation>اتصال امن (TLS) برقرار نشد.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>شبکه در دسترس نیست.</translation>
    </message>
    <message>
        <source>The proxy could not be used.</source>
        <translation>استفاده از پراکسی ممکن نشد.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>پاسخ سرور با پروتکل HTTP سازگار نبود.</translation>
    </message>
    <message>
        <source>The server redirected in a way that is not followed.</source>
        <translation>سرور به شیوه‌ای تغییر مسیر داد که دنبال نمی‌شود.</translation>
    </message>
    <message>
        <source>The connection failed (network error %1).</source>
        <translation>اتصال ناموفق بود (خطای شبکهٔ %1).</translation>
    </message>
    <message>
        <source>The client was closed.</source>
        <translation>کلاینت بسته شد.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>درخواست لغو شد.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>در %1 ثانیه پاسخ کاملی نرسید.</translation>
    </message>
    <message>
        <source>The answer is larger than %1; reading stopped there.</source>
        <translation>پاسخ بزرگ‌تر از %1 است؛ خواندن همان‌جا متوقف شد.</translation>
    </message>
    <message>
        <source>The server redirected to %1; the redirect was not followed, so no credentials went there.</source>
        <translation>سرور به %1 تغییر مسیر داد؛ این تغییر مسیر دنبال نشد، پس هیچ اطلاعات ورودی به آنجا نرفت.</translation>
    </message>
    <message>
        <source>The server answered with &quot;%1&quot;, not JSON.</source>
        <translation>سرور با &quot;%1&quot; پاسخ داد، نه JSON.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>بدون نوع محتوا</translation>
    </message>
</context>
<context>
    <name>geobox::BreakdownTableModel</name>
    <message>
        <source>Not loaded: %1</source>
        <translation>بارگیری نشد: %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>بارگیری نشد</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (باطل‌شده)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>فراخوانی‌ها</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>ترافیک</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>تغییر ٪</translation>
    </message>
</context>
<context>
    <name>geobox::BreakdownView</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop loading the keys (Esc)</source>
        <translation>توقف بارگیری کلیدها (Esc)</translation>
    </message>
    <message>
        <source>Progress of the keys</source>
        <translation>پیشرفت بارگیری کلیدها</translation>
    </message>
    <message>
        <source>API keys ranked</source>
        <translation>رتبه‌بندی کلیدهای API</translation>
    </message>
    <message>
        <source>One row per API key and one for the usage from no listed key: calls, traffic, share of the account, the previous period and the change. Sort by a column with its header; Enter on a key opens its own view.</source>
        <translation>یک ردیف برای هر کلید API و یکی برای مصرفی که از هیچ کلید فهرست‌شده‌ای نیست: فراخوانی‌ها، ترافیک، سهم از حساب، دورهٔ قبل و تغییر. با سرستون‌ها مرتب کنید؛ Enter روی یک کلید نمای خود آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>گزینش همهٔ ردیف‌ها</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it changed&lt;/b&gt;</source>
        <translation>&lt;b&gt;چرا تغییر کرد&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>The whole range against the period before</source>
        <translation>کل بازه در برابر دورهٔ قبل</translation>
    </message>
    <message>
        <source>Loading keys: %1 of %2</source>
        <extracomment>Progress of the per-key breakdown.</extracomment>
        <translation>بارگیری کلیدها: %1 از %2</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>کلیدهای دیگر</translation>
    </message>
    <message>
        <source>There is no bucket before this one to compare with.</source>
        <translation>پیش از این بازه، بازه‌ای برای مقایسه نیست.</translation>
    </message>
    <message>
        <source>The account&apos;s own figures could not be loaded: %1</source>
        <translation>ارقام خود حساب بارگیری نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be loaded and are left out.</source>
        <translation>
            <numerusform>%n کلید بارگیری نشد و کنار گذاشته شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geobox::ComparisonFlow</name>
    <message>
        <source>&amp;No Comparison</source>
        <translation>&amp;بدون مقایسه</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Period</source>
        <translation>مقایسه با دورهٔ &amp;قبل</translation>
    </message>
    <message>
        <source>Compare with Same Period &amp;Last Year</source>
        <translation>مقایسه با همین دوره در &amp;سال گذشته</translation>
    </message>
    <message>
        <source>the same period last year</source>
        <translation>همین دوره در سال گذشته</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <extracomment>%1 the change (&quot;+12%&quot;), %2 the period compared with (&quot;November&quot;).</extracomment>
        <translation>%1 نسبت به %2</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>همین دوره در سال گذشته</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>دورهٔ قبل</translation>
    </message>
</context>
<context>
    <name>geobox::CredentialStore</name>
    <message>
        <source>No saved sign-in for this server.</source>
        <translation>هیچ اطلاعات ورود ذخیره‌شده‌ای برای این سرور نیست.</translation>
    </message>
    <message>
        <source>The system keychain is not available%1. Nothing was saved; the credentials work for this session only.</source>
        <translation>جاکلیدی سیستم در دسترس نیست%1. چیزی ذخیره نشد؛ اطلاعات ورود فقط در همین نشست کار می‌کند.</translation>
    </message>
    <message>
        <source>The system keychain refused access%1.</source>
        <translation>جاکلیدی سیستم اجازهٔ دسترسی نداد%1.</translation>
    </message>
    <message>
        <source>The system keychain could not be used%1. Nothing was saved; the credentials work for this session only.</source>
        <translation>استفاده از جاکلیدی سیستم ممکن نشد%1. چیزی ذخیره نشد؛ اطلاعات ورود فقط در همین نشست کار می‌کند.</translation>
    </message>
    <message>
        <source>The saved sign-in is damaged; sign in again.</source>
        <translation>اطلاعات ورود ذخیره‌شده خراب است؛ دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>Only an API key or an access token can be saved.</source>
        <translation>فقط کلید API یا توکن دسترسی را می‌توان ذخیره کرد.</translation>
    </message>
</context>
<context>
    <name>geobox::Credentials</name>
    <message>
        <source>no credentials</source>
        <translation>بدون اطلاعات ورود</translation>
    </message>
    <message>
        <source>an access token</source>
        <translation>یک توکن دسترسی</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>یک کلید API</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>کاربر %1</translation>
    </message>
</context>
<context>
    <name>geobox::DashboardActions</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;برون‌بری CSV…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>Recount the usage on the server and fetch it again (F5)</source>
        <translation>شمارش دوبارهٔ مصرف روی سرور و دریافت دوبارهٔ آن (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>تو&amp;قف بارگذاری</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;نمودار</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;جدول</translation>
    </message>
    <message>
        <source>&amp;About Geobox Usage</source>
        <translation>&amp;درباره مصرف ژئوباکس</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;حساب</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>About Geobox Usage</source>
        <translation>درباره مصرف ژئوباکس</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Geobox Usage %1&lt;/h3&gt;&lt;p&gt;How many API calls and how much traffic your Geobox account and each of its API keys use, against your plan&apos;s quotas.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مصرف ژئوباکس %1&lt;/h3&gt;&lt;p&gt;حساب ژئوباکس شما و هر یک از کلیدهای API آن چند فراخوانی API و چه مقدار ترافیک مصرف می‌کنند، در برابر سهمیه‌های طرح شما.&lt;/p&gt;&lt;p&gt;سرور: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Earlier Period</source>
        <translation>بازهٔ &amp;پیشین</translation>
    </message>
    <message>
        <source>Show the days just before the range, as many as it has</source>
        <translation>نمایش روزهای درست پیش از این بازه، به همان تعداد</translation>
    </message>
    <message>
        <source>&amp;Later Period</source>
        <translation>بازهٔ &amp;بعدی</translation>
    </message>
    <message>
        <source>Show the days just after the range, as many as it has</source>
        <translation>نمایش روزهای درست پس از این بازه، به همان تعداد</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;میان‌برهای صفحه‌کلید…</translation>
    </message>
    <message>
        <source>By &amp;Key</source>
        <translation>به تفکیک &amp;کلید</translation>
    </message>
    <message>
        <source>The account&apos;s usage broken down by API key</source>
        <translation>مصرف حساب به تفکیک کلید API</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;پیش‌بینی</translation>
    </message>
    <message>
        <source>This month so far, the quota, and where the month is heading</source>
        <translation>این ماه تا اکنون، سهمیه، و اینکه ماه به کجا می‌رود</translation>
    </message>
</context>
<context>
    <name>geobox::DashboardPage</name>
    <message>
        <source>Processing time in range: %1</source>
        <translation>زمان پردازش در این بازه: %1</translation>
    </message>
    <message>
        <source>Processing time in range: —</source>
        <translation>زمان پردازش در این بازه: —</translation>
    </message>
    <message>
        <source>View</source>
        <translation>نما</translation>
    </message>
</context>
<context>
    <name>geobox::DashboardQuery</name>
    <message>
        <source>Choose a start and an end date.</source>
        <translation>تاریخ آغاز و پایان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>تاریخ آغاز پس از تاریخ پایان است.</translation>
    </message>
    <message>
        <source>Choose calls, traffic or both.</source>
        <translation>فراخوانی‌ها، ترافیک یا هر دو را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose whose usage to show.</source>
        <translation>انتخاب کنید مصرف چه کسی نمایش داده شود.</translation>
    </message>
</context>
<context>
    <name>geobox::DashboardState</name>
    <message>
        <source>no history for these credentials on %1</source>
        <translation>برای این اعتبارنامه‌ها در %1 تاریخچه‌ای نیست</translation>
    </message>
</context>
<context>
    <name>geobox::DateRange</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز اخیر</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز اخیر</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه اخیر</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>دلخواه</translation>
    </message>
    <message>
        <source>No valid range</source>
        <translation>بازهٔ معتبری نیست</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The range and its number of days: &quot;1 – 7 Mar 2026, 7 days&quot;.</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>geobox::DemoServer</name>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>سرور نمایشی نتوانست روی 127.0.0.1 گوش دهد.</translation>
    </message>
</context>
<context>
    <name>geobox::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;تلاش دوباره</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Sign In A&amp;gain…</source>
        <translation>&amp;ورود دوباره…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>ورود دوباره</translation>
    </message>
    <message>
        <source>%1. Showing data from %2.</source>
        <translation>%1. داده‌های ساعت %2 نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>geobox::ExplainText</name>
    <message>
        <source>Not from a listed key</source>
        <translation>نه از کلیدهای فهرست‌شده</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>فراخوانی</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;</source>
        <translation>کلید «%1»</translation>
    </message>
    <message>
        <source>%1 of the change</source>
        <extracomment>%1 a share of the change in percent.</extracomment>
        <translation>%1 از تغییر</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>بایت</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 against %5</source>
        <extracomment>%1 the change (&quot;+41,200&quot;), %2 calls or bytes, %3 the change in percent, %4 and %5 the periods as dates.</extracomment>
        <translation>%1 %2 (%3): %4 در برابر %5</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>شناسهٔ کلید</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Share of change</source>
        <translation>سهم از تغییر</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be loaded and are not in the table.</source>
        <translation>
            <numerusform>%n کلید بارگیری نشد و در جدول نیست.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geobox::ForecastChart</name>
    <message>
        <source>80% range</source>
        <translation>بازهٔ ۸۰٪</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>این ماه تا اکنون</translation>
    </message>
    <message>
        <source>At this rate</source>
        <translation>با این آهنگ</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>سهمیه</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>فراخوانی</translation>
    </message>
</context>
<context>
    <name>geobox::ForecastFlow</name>
    <message>
        <source>The forecast could not be made: %1</source>
        <extracomment>%1 the error&apos;s message.</extracomment>
        <translation>پیش‌بینی انجام نشد: %1</translation>
    </message>
</context>
<context>
    <name>geobox::ForecastPanel</name>
    <message>
        <source>Forecast for this month</source>
        <translation>پیش‌بینی این ماه</translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation>فراخوانی‌های این ماه</translation>
    </message>
    <message>
        <source>Traffic this month</source>
        <translation>ترافیک این ماه</translation>
    </message>
    <message>
        <source>Reading the past weeks for the forecast…</source>
        <translation>خواندن هفته‌های گذشته برای پیش‌بینی…</translation>
    </message>
    <message>
        <source>No forecast of calls: none so far this month.</source>
        <translation>پیش‌بینی فراخوانی‌ها نیست: این ماه تا اکنون هیچ نبوده است.</translation>
    </message>
    <message>
        <source>No forecast of traffic: none so far this month.</source>
        <translation>پیش‌بینی ترافیک نیست: این ماه تا اکنون هیچ نبوده است.</translation>
    </message>
    <message>
        <source>Processing: %1</source>
        <extracomment>Processing&apos;s forecast; %1 the sentence (it says it is the run rate).</extracomment>
        <translation>پردازش: %1</translation>
    </message>
    <message>
        <source>Processing: no forecast, none so far this month.</source>
        <translation>پردازش: پیش‌بینی نیست، این ماه تا اکنون هیچ نبوده است.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>هنوز پیش‌بینی نیست</translation>
    </message>
    <message>
        <source>Calls this month: the month so far and the forecast</source>
        <translation>فراخوانی‌های این ماه: ماه تا اکنون و پیش‌بینی</translation>
    </message>
    <message>
        <source>Traffic this month: the month so far and the forecast</source>
        <translation>ترافیک این ماه: ماه تا اکنون و پیش‌بینی</translation>
    </message>
</context>
<context>
    <name>geobox::HistorySeriesJob</name>
    <message numerus="yes">
        <source> and %n more span(s)</source>
        <translation>
            <numerusform> و %n بازهٔ دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>history has no data for %1; run collect while online</source>
        <translation>تاریخچه برای %1 داده‌ای ندارد؛ وقتی برخط هستید collect را اجرا کنید</translation>
    </message>
</context>
<context>
    <name>geobox::HistorySettings</name>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Keep a local usage history</source>
        <translation>نگه‌داشتن تاریخچهٔ محلی مصرف</translation>
    </message>
    <message>
        <source>Figures already fetched are shown at once and offline, and are never asked for again once final. From the next start.</source>
        <translation>ارقامی که پیش‌تر گرفته شده‌اند بی‌درنگ و بدون اتصال نشان داده می‌شوند و وقتی قطعی شدند دیگر پرسیده نمی‌شوند. از اجرای بعدی.</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>پروندهٔ تاریخچه</translation>
    </message>
    <message>
        <source>The default location</source>
        <translation>جای پیش‌فرض</translation>
    </message>
    <message>
        <source>Where the history is kept; empty for the default. From the next start.</source>
        <translation>جایی که تاریخچه نگه داشته می‌شود؛ خالی برای پیش‌فرض. از اجرای بعدی.</translation>
    </message>
    <message>
        <source>Settle time</source>
        <translation>زمان قطعی‌شدن</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>A number of hours follows.</extracomment>
        <translation> ساعت</translation>
    </message>
    <message>
        <source>A bucket that ended longer ago than this when it was fetched is final and never asked for again.</source>
        <translation>بازه‌ای که هنگام گرفتن بیش از این مدت از پایانش گذشته باشد قطعی است و دیگر پرسیده نمی‌شود.</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;تاریخچه:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;پرونده:</translation>
    </message>
    <message>
        <source>S&amp;ettles after:</source>
        <translation>&amp;قطعی پس از:</translation>
    </message>
    <message>
        <source>Sto&amp;red:</source>
        <translation>&amp;ذخیره‌شده:</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>به کار نمی‌رود</translation>
    </message>
    <message>
        <source>Clear history… (%1)</source>
        <translation>پاک‌کردن تاریخچه… (%1)</translation>
    </message>
    <message>
        <source>History not in use</source>
        <translation>تاریخچه به کار نمی‌رود</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>پاک‌کردن تاریخچه</translation>
    </message>
    <message>
        <source>Clear the local usage history? Every figure kept is forgotten; the service is asked again for what it still keeps.</source>
        <translation>تاریخچهٔ محلی مصرف پاک شود؟ همهٔ ارقام نگه‌داشته فراموش می‌شوند و آنچه سرویس هنوز نگه می‌دارد دوباره از آن پرسیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>geobox::HistoryStore</name>
    <message>
        <source>History is off: Qt&apos;s SQLite driver is not installed (on Debian, the package libqt6sql6-sqlite).</source>
        <translation>تاریخچه خاموش است: گردانندهٔ SQLite کیوت نصب نیست (در دبیان، بستهٔ libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>History is off: the folder %1 cannot be made.</source>
        <translation>تاریخچه خاموش است: پوشهٔ %1 ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>History is off: %1 cannot be written (%2). Figures are still shown, but not kept.</source>
        <translation>تاریخچه خاموش است: در %1 نوشتن ممکن نیست (%2). ارقام همچنان نشان داده می‌شوند، اما نگه داشته نمی‌شوند.</translation>
    </message>
    <message>
        <source>it is damaged and cannot be moved aside</source>
        <translation>آسیب دیده است و کنار گذاشته نمی‌شود</translation>
    </message>
    <message>
        <source>The history file could not be read; it was moved aside as %1 and a new history was started.</source>
        <translation>پروندهٔ تاریخچه خوانده نشد؛ با نام %1 کنار گذاشته شد و تاریخچهٔ تازه‌ای آغاز شد.</translation>
    </message>
    <message>
        <source>History is off: %1 was written by a newer version of Geobox Usage.</source>
        <translation>تاریخچه خاموش است: %1 را نسخهٔ تازه‌تری از مصرف ژئوباکس نوشته است.</translation>
    </message>
</context>
<context>
    <name>geobox::ImageMenu</name>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;رونوشت نمودار به‌صورت تصویر</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation>&amp;ذخیرهٔ نمودار به‌صورت PNG…</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>ذخیره به‌صورت PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>نوشتن %1 ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>geobox::Language</name>
    <message>
        <source>The language: fa (Persian) or en (English). By default, the system&apos;s.</source>
        <translation>زبان: fa (فارسی) یا en (انگلیسی). پیش‌فرض، زبان سیستم است.</translation>
    </message>
    <message>
        <source>--lang needs a language: %1.</source>
        <translation>--lang به یک زبان نیاز دارد: %1.</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang یکی از %1 را می‌پذیرد، نه &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>geobox::MainWindow</name>
    <message>
        <source>Loading account…</source>
        <translation>در حال بارگذاری حساب…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>خارج از حساب</translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation>هنوز داده‌ای برای برون‌بری نیست.</translation>
    </message>
    <message>
        <source> The usage on screen is still that of %1.</source>
        <translation> مصرفی که روی صفحه است هنوز از آنِ %1 است.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>کاربری با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The user with the id %1 could not be loaded: %2</source>
        <translation>کاربر با شناسهٔ %1 بارگذاری نشد: %2</translation>
    </message>
    <message>
        <source>Demo – %1</source>
        <translation>نسخهٔ نمایشی – %1</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>The quotas were not refreshed: %1</source>
        <translation>سهمیه‌ها به‌روز نشدند: %1</translation>
    </message>
</context>
<context>
    <name>geobox::NetworkPolicy</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>«%1» نشانی http:// یا https:// نیست.</translation>
    </message>
    <message>
        <source>The server address holds a user name or password; sign in instead.</source>
        <translation>نشانی سرور شامل نام کاربری یا گذرواژه است؛ به‌جای آن وارد شوید.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this machine; use https://%1 so keys and tokens are not sent in clear text.</source>
        <translation>http:// ساده فقط برای همین رایانه مجاز است؛ از https://%1 استفاده کنید تا کلیدها و توکن‌ها به‌صورت متن آشکار فرستاده نشوند.</translation>
    </message>
</context>
<context>
    <name>geobox::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>اطلاعیه</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>بستن اطلاعیه</translation>
    </message>
</context>
<context>
    <name>geobox::OtherUserDialog</name>
    <message>
        <source>Another User</source>
        <translation>کاربر دیگر</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>شناسهٔ کاربر</translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation>مثلاً ۱۰۴۲</translation>
    </message>
    <message>
        <source>The numeric &amp;id of the user whose usage to show:</source>
        <translation>&amp;شناسهٔ عددی کاربری که مصرفش نشان داده شود:</translation>
    </message>
    <message>
        <source>Show Usage</source>
        <translation>نمایش مصرف</translation>
    </message>
</context>
<context>
    <name>geobox::Parsers</name>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>سرور پاسخ خالی فرستاد.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>پاسخ سرور JSON معتبر نیست (%1 در بایت %2).</translation>
    </message>
    <message>
        <source>Usage data should be a list of [time, value] pairs.</source>
        <translation>داده‌های مصرف باید فهرستی از جفت‌های [زمان، مقدار] باشد.</translation>
    </message>
    <message>
        <source>Usage data item %1 is not a [time, value] pair.</source>
        <translation>مورد %1 از داده‌های مصرف یک جفت [زمان، مقدار] نیست.</translation>
    </message>
    <message>
        <source>Usage data item %1 has no readable time.</source>
        <translation>مورد %1 از داده‌های مصرف زمان خوانایی ندارد.</translation>
    </message>
    <message>
        <source>Usage data item %1 has a value that is not a whole number of 0 or more.</source>
        <translation>مقدار مورد %1 از داده‌های مصرف عدد صحیح ۰ یا بزرگ‌تر نیست.</translation>
    </message>
    <message>
        <source>Processing time should be a number of seconds.</source>
        <translation>زمان پردازش باید عددی بر حسب ثانیه باشد.</translation>
    </message>
    <message>
        <source>Processing time should be a number of seconds from 0 to 2^63.</source>
        <translation>زمان پردازش باید عددی بر حسب ثانیه از ۰ تا ۲^۶۳ باشد.</translation>
    </message>
    <message>
        <source>The usage summary should be a JSON object.</source>
        <translation>خلاصهٔ مصرف باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>The usage summary has no &quot;%1&quot;.</source>
        <translation>خلاصهٔ مصرف &quot;%1&quot; ندارد.</translation>
    </message>
    <message>
        <source>The usage summary&apos;s &quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>مقدار &quot;%1&quot; در خلاصهٔ مصرف عدد صحیح ۰ یا بزرگ‌تر نیست.</translation>
    </message>
    <message>
        <source>The usage summary&apos;s &quot;remaining_days&quot; is not a whole number.</source>
        <translation>مقدار &quot;remaining_days&quot; در خلاصهٔ مصرف عدد صحیح نیست.</translation>
    </message>
    <message>
        <source>The user should be a JSON object.</source>
        <translation>کاربر باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>The user has no numeric &quot;id&quot;.</source>
        <translation>کاربر &quot;id&quot; عددی ندارد.</translation>
    </message>
    <message>
        <source>The API keys should be a JSON list.</source>
        <translation>کلیدهای API باید یک فهرست JSON باشند.</translation>
    </message>
    <message>
        <source>API key %1 in the list is not an object with an id, a name and a key.</source>
        <translation>کلید API شمارهٔ %1 در فهرست، شیئی با شناسه، نام و کلید نیست.</translation>
    </message>
    <message>
        <source>The sign-in answer has no access token.</source>
        <translation>پاسخ ورود توکن دسترسی ندارد.</translation>
    </message>
</context>
<context>
    <name>geobox::QueryBar</name>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>&amp;Usage of:</source>
        <translation>&amp;مصرفِ:</translation>
    </message>
</context>
<context>
    <name>geobox::QuotaCard</name>
    <message>
        <source>%1 used</source>
        <translation>میزان مصرف %1</translation>
    </message>
    <message>
        <source>no limit known</source>
        <translation>حد نامشخص</translation>
    </message>
    <message>
        <source>%1 – near the limit</source>
        <translation>%1 – نزدیک به حد</translation>
    </message>
    <message>
        <source>%1 – over the limit</source>
        <translation>%1 – فراتر از حد</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 used, %2</source>
        <translation>%1 مصرف‌شده، %2</translation>
    </message>
    <message>
        <source>%1 of %2 used, %3</source>
        <translation>%1 از %2 مصرف‌شده، %3</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>The percentage of a quota used: %1 the number, %2 the locale&apos;s percent sign.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>کمتر از %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>بیش از %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>A quota card for a screen reader: %1 its figures, %2 the change (&quot;+12% vs November&quot;).</extracomment>
        <translation>%1؛ %2</translation>
    </message>
</context>
<context>
    <name>geobox::QuotaChangeFlow</name>
    <message>
        <source>%1 vs %2</source>
        <extracomment>%1 the change (&quot;+12%&quot;), %2 the period compared with (&quot;November&quot;, &quot;yesterday&quot;).</extracomment>
        <translation>%1 نسبت به %2</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>دیروز</translation>
    </message>
</context>
<context>
    <name>geobox::QuotaPanel</name>
    <message>
        <source>Calls today</source>
        <translation>فراخوانی‌های امروز</translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation>فراخوانی‌های این ماه</translation>
    </message>
    <message>
        <source>Traffic today</source>
        <translation>ترافیک امروز</translation>
    </message>
    <message>
        <source>Traffic this month</source>
        <translation>ترافیک این ماه</translation>
    </message>
    <message>
        <source>Processing today</source>
        <translation>پردازش امروز</translation>
    </message>
    <message>
        <source>Processing this month</source>
        <translation>پردازش این ماه</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>فضای ذخیره‌سازی</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>۱ روز مانده</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 روز مانده</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>days left not known</source>
        <translation>روزهای باقی‌مانده نامشخص</translation>
    </message>
</context>
<context>
    <name>geobox::RangeSelector</name>
    <message>
        <source>Date range</source>
        <translation>بازهٔ تاریخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;بازه:</translation>
    </message>
</context>
<context>
    <name>geobox::ResourcePicker</name>
    <message>
        <source>Usage of</source>
        <translation>مصرف مربوط به</translation>
    </message>
    <message>
        <source>Whose usage to show: the whole account or one API key</source>
        <translation>مصرف چه چیزی نمایش داده شود: کل حساب یا یک کلید API</translation>
    </message>
    <message>
        <source>Loading account…</source>
        <translation>در حال بارگذاری حساب…</translation>
    </message>
    <message>
        <source>This key is revoked; its past usage can still be shown.</source>
        <translation>این کلید باطل شده است؛ مصرف گذشته‌اش همچنان قابل نمایش است.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>حساب من</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (باطل‌شده)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>کاربر: %1</translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation>کاربر دیگر…</translation>
    </message>
</context>
<context>
    <name>geobox::ScaleSelector</name>
    <message>
        <source>Scale</source>
        <translation>مقیاس</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>&amp;ساعت</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;روز</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;هفته</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;ماه</translation>
    </message>
    <message>
        <source>One point per hour</source>
        <translation>یک نقطه برای هر ساعت</translation>
    </message>
    <message>
        <source>One bar per day</source>
        <translation>یک ستون برای هر روز</translation>
    </message>
    <message>
        <source>One bar per week</source>
        <translation>یک ستون برای هر هفته</translation>
    </message>
    <message>
        <source>One bar per month</source>
        <translation>یک ستون برای هر ماه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>geobox::ServerField</name>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>https://api.geobox.ir</source>
        <translation>https://api.geobox.ir</translation>
    </message>
    <message>
        <source>The Geobox server: https:// anywhere, plain http:// only to this machine</source>
        <translation>سرور ژئوباکس: https:// برای هر جا، http:// ساده فقط برای همین رایانه</translation>
    </message>
    <message>
        <source>Clear the server address</source>
        <translation>پاک کردن نشانی سرور</translation>
    </message>
</context>
<context>
    <name>geobox::SettingsDialog</name>
    <message>
        <source>Settings – Geobox Usage</source>
        <translation>تنظیمات – مصرف ژئوباکس</translation>
    </message>
    <message>
        <source>Demo mode uses the built-in stand-in server</source>
        <translation>حالت نمایشی از سرور جایگزین داخلی استفاده می‌کند</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>مهلت درخواست بر حسب ثانیه</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>How long one request may take, from sending to the last byte</source>
        <translation>مدت زمانی که یک درخواست می‌تواند طول بکشد، از ارسال تا آخرین بایت</translation>
    </message>
    <message>
        <source>Server time zone</source>
        <translation>منطقهٔ زمانی سرور</translation>
    </message>
    <message>
        <source>The zone the server&apos;s dates and times are in (Geobox: UTC)</source>
        <translation>منطقه‌ای که تاریخ‌ها و زمان‌های سرور بر اساس آن است (ژئوباکس: UTC)</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>تازه‌سازی خودکار</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>Fetch the figures again on a timer while the window is on screen</source>
        <translation>دریافت دوبارهٔ ارقام به‌طور زمان‌بندی‌شده تا وقتی پنجره روی صفحه است</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>نخستین روز هفته</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;مهلت درخواست:</translation>
    </message>
    <message>
        <source>Server time &amp;zone:</source>
        <translation>منطقهٔ &amp;زمانی سرور:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>&amp;تازه‌سازی خودکار:</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;شروع هفته:</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>مشکل تنظیمات</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; pick one from the list.</source>
        <translation>«%1» منطقهٔ زمانی شناخته‌شده‌ای برای این رایانه نیست؛ یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln minute(s)</source>
        <translation>
            <numerusform>هر %Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>The calendar of the dates on screen. Automatic: Jalali when the language is Persian, else Gregorian. The days fetched are the same either way.</source>
        <translation>تقویم تاریخ‌های روی صفحه. خودکار: وقتی زبان فارسی است خورشیدی، وگرنه میلادی. روزهایی که دریافت می‌شوند در هر دو حالت یکی است.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>تق&amp;ویم:</translation>
    </message>
    <message>
        <source>Where each bar of the Week scale begins. Until you choose, the language&apos;s first day of the week.</source>
        <translation>روزی که هر ستون مقیاس «هفته» از آن آغاز می‌شود. تا وقتی روزی انتخاب نکرده‌اید، نخستین روز هفته در زبان برنامه.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>System</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>The language of the window and the commands. System: the computer&apos;s (LANG). --lang on the command line overrides it.</source>
        <translation>زبان پنجره و فرمان‌ها. «سیستم»: زبان رایانه. گزینهٔ زبان در خط فرمان بر این انتخاب مقدم است.</translation>
    </message>
    <message>
        <source>The language applies at the next start.</source>
        <translation>زبان از اجرای بعدی برنامه اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s. Applies at once.</source>
        <translation>رنگ‌های روشن یا تیره، یا رنگ‌های میزکار. بی‌درنگ اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ز&amp;بان:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;ظاهر:</translation>
    </message>
    <message>
        <source>Keys shown on their own in By key</source>
        <translation>کلیدهایی که در «به تفکیک کلید» جدا نشان داده می‌شوند</translation>
    </message>
    <message>
        <source>The By key chart shows this many of the largest keys on their own and the rest together as Other keys</source>
        <translation>نمودار «به تفکیک کلید» این تعداد از بزرگ‌ترین کلیدها را جدا و بقیه را با هم با نام «کلیدهای دیگر» نشان می‌دهد</translation>
    </message>
    <message>
        <source>Top keys in By &amp;key:</source>
        <translation>کلیدهای برتر در «به تفکیک &amp;کلید»:</translation>
    </message>
</context>
<context>
    <name>geobox::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts – Geobox Usage</source>
        <translation>میان‌برهای صفحه‌کلید – مصرف ژئوباکس</translation>
    </message>
    <message>
        <source>The commands of the menus and their &amp;keys:</source>
        <translation>فرمان‌های منوها و &amp;کلیدهایشان:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 and %2 move between the controls; %3 with an underlined letter opens a menu or goes to a field. On a chart, the menu key or %4 opens its menu, and %5 and %6 move the picked bar along the time axis (the By key view explains the bar picked).</source>
        <extracomment>%1 Tab, %2 Shift+Tab, %3 Alt, %4 Shift+F10, %5 Left, %6 Right, each as the list of keys writes it.</extracomment>
        <translation>%1 و %2 میان کنترل‌ها جابه‌جا می‌کنند؛ %3 همراه با حرف زیرخط‌دار یک منو را باز می‌کند یا به یک فیلد می‌رود. روی نمودار، کلید منو یا %4 منوی آن را باز می‌کند، و %5 و %6 میلهٔ انتخاب‌شده را در امتداد محور زمان جابه‌جا می‌کنند (نمای «به تفکیک کلید» میلهٔ انتخاب‌شده را توضیح می‌دهد).</translation>
    </message>
</context>
<context>
    <name>geobox::SignInDialog</name>
    <message>
        <source>Sign In – Geobox Usage</source>
        <translation>ورود – مصرف ژئوباکس</translation>
    </message>
    <message>
        <source>Sign in to Geobox</source>
        <translation>ورود به ژئوباکس</translation>
    </message>
    <message>
        <source>See the API calls and traffic of your account and keys.</source>
        <translation>فراخوانی‌های API و ترافیک حساب و کلیدهای خود را ببینید.</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>دلیل ورود</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;کلید API</translation>
    </message>
    <message>
        <source>Sign in with an API key</source>
        <translation>ورود با کلید API</translation>
    </message>
    <message>
        <source>Username and &amp;password</source>
        <translation>نام کاربری و &amp;گذرواژه</translation>
    </message>
    <message>
        <source>Sign in with a username and password</source>
        <translation>ورود با نام کاربری و گذرواژه</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>کلید API</translation>
    </message>
    <message>
        <source>Paste the key from your Geobox account</source>
        <translation>کلید را از حساب ژئوباکس خود بچسبانید</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>ورود با:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>کلی&amp;د API:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>گذروا&amp;ژه:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>مشکل ورود</translation>
    </message>
    <message>
        <source>An API key or access token is kept in the system keychain. A password is only exchanged for a token and is never saved.</source>
        <translation>کلید API یا توکن دسترسی در جاکلیدی سیستم نگه داشته می‌شود. گذرواژه فقط با یک توکن عوض می‌شود و هرگز ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>در حال ورود</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>در حال بررسی با سرور…</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>در حال ذخیره در جاکلیدی سیستم…</translation>
    </message>
</context>
<context>
    <name>geobox::SnapshotView</name>
    <message>
        <source>Quotas of the whole account, all API keys together; the charts show the key &quot;%1&quot; alone.</source>
        <translation>سهمیه‌های کل حساب، همهٔ کلیدهای API با هم؛ نمودارها فقط کلید «%1» را نشان می‌دهند.</translation>
    </message>
    <message>
        <source>Quotas of %1.</source>
        <translation>سهمیه‌های %1.</translation>
    </message>
    <message>
        <source>Not refreshed: these quotas are from %1.</source>
        <translation>به‌روز نشده: این سهمیه‌ها مربوط به ساعت %1 هستند.</translation>
    </message>
    <message>
        <source>Not refreshed: the quotas could not be had.</source>
        <translation>به‌روز نشده: سهمیه‌ها به دست نیامدند.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>geobox::StatusLine</name>
    <message>
        <source>Demo</source>
        <translation>نسخهٔ نمایشی</translation>
    </message>
    <message>
        <source>Made-up numbers from the built-in stand-in server</source>
        <translation>اعداد ساختگی از سرور جایگزین داخلی</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>در حال بارگذاری</translation>
    </message>
    <message>
        <source>Export CSV (%1)</source>
        <translation>برون‌بری CSV (%1)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>برون‌بری CSV</translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation>به‌روزرسانی در %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>%1, stale: shown %2</source>
        <translation>%1، قدیمی: نمایش %2</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1، قدیمی</translation>
    </message>
    <message>
        <source>Offline: history as of %1</source>
        <extracomment>%1 a day and time, &quot;1 Dec 14:05&quot;.</extracomment>
        <translation>بدون اتصال: تاریخچه تا %1</translation>
    </message>
    <message>
        <source>From history, updated %1</source>
        <translation>از تاریخچه، به‌روزشده در %1</translation>
    </message>
</context>
<context>
    <name>geobox::UsageChartView</name>
    <message>
        <source>Calls chart</source>
        <translation>نمودار فراخوانی‌ها</translation>
    </message>
    <message>
        <source>Traffic chart</source>
        <translation>نمودار ترافیک</translation>
    </message>
    <message>
        <source>calls / %1</source>
        <translation>فراخوانی در هر %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 در هر %2</translation>
    </message>
</context>
<context>
    <name>geobox::UsageClient</name>
    <message>
        <source>No network access manager was given to the client.</source>
        <translation>هیچ مدیر دسترسی شبکه‌ای به کلاینت داده نشد.</translation>
    </message>
</context>
<context>
    <name>geobox::UsageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>geobox::UsageRequest</name>
    <message>
        <source>The page size must be at least 1.</source>
        <translation>اندازهٔ صفحه باید دست‌کم ۱ باشد.</translation>
    </message>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>تعداد روزها باید دست‌کم ۱ باشد.</translation>
    </message>
    <message>
        <source>A date range is needed: both a start and an end, or a number of days.</source>
        <translation>بازهٔ تاریخ لازم است: هم آغاز و هم پایان، یا تعداد روزها.</translation>
    </message>
    <message>
        <source>A date range needs both a start and an end.</source>
        <translation>بازهٔ تاریخ هم به آغاز و هم به پایان نیاز دارد.</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>آغاز بازه پس از پایان آن است.</translation>
    </message>
    <message>
        <source>Whose usage is missing: a user id or an API key is needed.</source>
        <translation>مشخص نیست مصرف چه کسی نمایش داده شود: شناسهٔ کاربر یا کلید API لازم است.</translation>
    </message>
    <message>
        <source>The limit must be at least 1.</source>
        <translation>حد باید دست‌کم ۱ باشد.</translation>
    </message>
    <message>
        <source>A user id must be a positive number.</source>
        <translation>شناسهٔ کاربر باید عددی مثبت باشد.</translation>
    </message>
</context>
<context>
    <name>geobox::UsageTableModel</name>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>فراخوانی‌ها</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>یک بایت</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>ترافیک</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A table column&apos;s title and the time zone of its times: &quot;Start (UTC)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>geobox::UsageTableView</name>
    <message>
        <source>Usage by bucket</source>
        <translation>مصرف در هر بازهٔ زمانی</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>انتخاب همهٔ ردیف‌ها</translation>
    </message>
    <message>
        <source>One row per bucket: its start and end, the calls, the traffic and whether it is finished. Sort by a column with its header.</source>
        <translation>برای هر بازهٔ زمانی یک ردیف: آغاز و پایانش، فراخوانی‌ها، ترافیک و اینکه تمام شده است یا نه. با سرستونِ هر ستون بر اساس آن مرتب کنید.</translation>
    </message>
</context>
<context>
    <name>geobox::cli</name>
    <message>
        <source>Use the built-in demo server (made-up data, no account).</source>
        <translation>استفاده از سرور نمایشی داخلی (داده‌های ساختگی، بدون حساب).</translation>
    </message>
    <message>
        <source>The Geobox server (default https://api.geobox.ir).</source>
        <translation>سرور ژئوباکس (پیش‌فرض https://api.geobox.ir).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>چند ثانیه برای هر پاسخ صبر شود (پیش‌فرض ۳۰).</translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation>--demo و --server را نمی‌توان با هم به کار برد.</translation>
    </message>
    <message>
        <source>set GEOBOX_APIKEY, GEOBOX_ACCESS_TOKEN, or GEOBOX_USERNAME and GEOBOX_PASSWORD, or sign in with: geobox-usage login --server %1 --apikey-stdin</source>
        <translation>GEOBOX_APIKEY، GEOBOX_ACCESS_TOKEN، یا GEOBOX_USERNAME و GEOBOX_PASSWORD را تنظیم کنید، یا با این فرمان وارد شوید: geobox-usage login --server %1 --apikey-stdin</translation>
    </message>
    <message>
        <source>No credentials for %1: %2.</source>
        <translation>برای %1 اطلاعات ورود نیست: %2.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 on %2: %3.</source>
        <translation>هیچ اطلاعات ورود ذخیره‌شده‌ای برای %1 روی %2 نیست: %3.</translation>
    </message>
    <message>
        <source>%1 Or %2.</source>
        <translation>%1 یا %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>آرگومان غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; commands: %2</source>
        <extracomment>%1 the word typed, %2 the commands (export, summary, …), which stay in English.</extracomment>
        <translation>فرمان ناشناخته «%1»؛ فرمان‌ها: %2</translation>
    </message>
    <message>
        <source>--timeout %1: give a number of seconds from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation>--timeout %1: عددی بر حسب ثانیه از %2 تا %3 بدهید.</translation>
    </message>
    <message>
        <source>Sync the usage history: the calls and traffic of the account and every API key, by hour, day and month; the first run fetches the last 400 days, later runs only what is missing or not final. It can run while the window is open.</source>
        <translation>همگام‌سازی تاریخچهٔ مصرف: فراخوانی‌ها و ترافیک حساب و هر کلید API، ساعتی، روزانه و ماهانه؛ اجرای نخست ۴۰۰ روز گذشته را می‌گیرد و اجراهای بعدی فقط آنچه را که نیست یا قطعی نیست. وقتی پنجره باز است هم اجرا می‌شود.</translation>
    </message>
    <message>
        <source>What to collect: account, all (the default), key:NAME or key-id:ID; repeatable.</source>
        <translation>چه چیزی گردآوری شود: account، all (پیش‌فرض)، key:NAME یا key-id:ID؛ تکرارپذیر.</translation>
    </message>
    <message>
        <source>The scales, comma-separated (default hour,day,month).</source>
        <translation>مقیاس‌ها، جداشده با ویرگول (پیش‌فرض hour,day,month).</translation>
    </message>
    <message>
        <source>The last N days, today included (default 400).</source>
        <translation>N روز گذشته، با امروز (پیش‌فرض ۴۰۰).</translation>
    </message>
    <message>
        <source>After the sync, send a desktop notification for each alert rule that fires (once per day or month, remembered in the history, as the window&apos;s are).</source>
        <translation>پس از همگام‌سازی، برای هر قاعدهٔ هشداری که برانگیخته شود اعلان میزکار بفرست (یک بار در هر روز یا ماه، به یاد سپرده در تاریخچه، مانند هشدارهای پنجره).</translation>
    </message>
    <message>
        <source>--resource takes account, all, key:NAME or key-id:ID.</source>
        <translation>--resource یکی از account، all، key:NAME یا key-id:ID را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--scales takes hour, day and month, comma-separated.</source>
        <translation>--scales مقیاس‌های hour، day و month را جداشده با ویرگول می‌پذیرد.</translation>
    </message>
    <message>
        <source>--days %1: give a whole number of days from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation>--days %1: عددی صحیح از %2 تا %3 روز بدهید.</translation>
    </message>
    <message>
        <source>collect --notify remembers what it said in the usage history: it cannot go with --no-history.</source>
        <translation>collect --notify آنچه را گفته در تاریخچهٔ مصرف به یاد می‌سپارد: با --no-history نمی‌آید.</translation>
    </message>
    <message>
        <source>collect keeps the usage history: it cannot go with --no-history.</source>
        <translation>collect تاریخچهٔ مصرف را نگه می‌دارد: با --no-history نمی‌آید.</translation>
    </message>
    <message>
        <source>There is no usage history to collect into.</source>
        <translation>تاریخچهٔ مصرفی برای گردآوری در آن نیست.</translation>
    </message>
    <message>
        <source>the server cannot be reached; nothing was collected</source>
        <translation>به سرور دسترسی نیست؛ چیزی گردآوری نشد</translation>
    </message>
    <message>
        <source>No API key is named &quot;%1&quot;.</source>
        <translation>هیچ کلید API با نام «%1» نیست.</translation>
    </message>
    <message>
        <source>[%1/%2] %3: failed</source>
        <extracomment>%1 and %2: resources done and in all; %3 the resource.</extracomment>
        <translation>[%1/%2] %3: ناموفق</translation>
    </message>
    <message>
        <source>[%1/%2] %3: collected</source>
        <translation>[%1/%2] %3: گردآوری شد</translation>
    </message>
    <message>
        <source>could not collect %1 (the rest is kept): %2</source>
        <extracomment>%1 the resources that failed, %2 the first error.</extracomment>
        <translation>%1 گردآوری نشد (بقیه نگه داشته شد): %2</translation>
    </message>
    <message>
        <source>The usage history file (default: history.sqlite in the application&apos;s data folder).</source>
        <translation>پروندهٔ تاریخچهٔ مصرف (پیش‌فرض: history.sqlite در پوشهٔ دادهٔ برنامه).</translation>
    </message>
    <message>
        <source>Use no usage history: keep nothing.</source>
        <translation>از تاریخچهٔ مصرف استفاده نکن: چیزی نگه ندار.</translation>
    </message>
    <message>
        <source>Hours after its end that a bucket is final and never asked for again (default 48).</source>
        <translation>چند ساعت پس از پایان یک بازه، آن بازه قطعی است و دیگر پرسیده نمی‌شود (پیش‌فرض ۴۸).</translation>
    </message>
    <message>
        <source>--history and --no-history cannot be used together.</source>
        <translation>--history و --no-history با هم به کار نمی‌روند.</translation>
    </message>
    <message>
        <source>--history: give the file to keep the history in.</source>
        <translation>--history: پرونده‌ای را که تاریخچه در آن نگه داشته شود بدهید.</translation>
    </message>
    <message>
        <source>--settle-hours %1: give a whole number of hours from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation>--settle-hours %1: عددی صحیح از %2 تا %3 ساعت بدهید.</translation>
    </message>
</context>
<context>
    <name>geobox::cli::breakdown</name>
    <message>
        <source>Loading keys: %1 of %2</source>
        <extracomment>Progress of the per-key breakdown on the command line.</extracomment>
        <translation>بارگیری کلیدها: %1 از %2</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; could not be loaded: %2</source>
        <translation>کلید API «%1» بارگیری نشد: %2</translation>
    </message>
</context>
<context>
    <name>geobox::cli::check</name>
    <message>
        <source>monthly calls</source>
        <translation>فراخوانی‌های ماهانه</translation>
    </message>
    <message>
        <source>daily calls</source>
        <translation>فراخوانی‌های روزانه</translation>
    </message>
    <message>
        <source>monthly traffic</source>
        <translation>ترافیک ماهانه</translation>
    </message>
    <message>
        <source>daily traffic</source>
        <translation>ترافیک روزانه</translation>
    </message>
    <message>
        <source>monthly processing</source>
        <translation>پردازش ماهانه</translation>
    </message>
    <message>
        <source>daily processing</source>
        <translation>پردازش روزانه</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>فضای ذخیره</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>%1 the quota (monthly calls), %2 the share used, %3 used, %4 the limit.</extracomment>
        <translation>%1 %2 (%3 از %4)</translation>
    </message>
    <message>
        <source>before the end</source>
        <translation>پیش از پایان</translation>
    </message>
    <message>
        <source>, at this rate %1 by the end, over on %2</source>
        <extracomment>%1 the projected use at the period&apos;s end, %2 when the quota is crossed.</extracomment>
        <translation>، با این آهنگ %1 تا پایان، عبور در %2</translation>
    </message>
    <message>
        <source>Check the quotas for Nagios, Icinga or cron: one status line with performance data; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>بررسی سهمیه‌ها برای Nagios، Icinga یا cron: یک خط وضعیت با داده‌های کارایی؛ کد خروج 0 OK، 1 WARNING، 2 CRITICAL، 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>Another user&apos;s quotas (an admin&apos;s right).</source>
        <translation>سهمیه‌های کاربری دیگر (حق مدیر).</translation>
    </message>
    <message>
        <source>WARNING at this share of a quota (default 80).</source>
        <translation>WARNING در این درصد از یک سهمیه (پیش‌فرض 80).</translation>
    </message>
    <message>
        <source>CRITICAL at this share of a quota (default 100).</source>
        <translation>CRITICAL در این درصد از یک سهمیه (پیش‌فرض 100).</translation>
    </message>
    <message>
        <source>Count a quota the forecast crosses before its period ends as WARNING.</source>
        <translation>سهمیه‌ای را که پیش‌بینی پیش از پایان دوره‌اش از آن می‌گذرد WARNING بشمار.</translation>
    </message>
    <message>
        <source>--warning takes a percentage above 0, e.g. 80.</source>
        <translation>--warning درصدی بزرگ‌تر از 0 می‌پذیرد، مثلاً 80.</translation>
    </message>
    <message>
        <source>--critical takes a percentage above 0, e.g. 100.</source>
        <translation>--critical درصدی بزرگ‌تر از 0 می‌پذیرد، مثلاً 100.</translation>
    </message>
    <message>
        <source>--warning must not be above --critical.</source>
        <translation>--warning نباید از --critical بزرگ‌تر باشد.</translation>
    </message>
    <message>
        <source>--user-id takes a positive number.</source>
        <translation>--user-id عددی مثبت می‌پذیرد.</translation>
    </message>
    <message>
        <source>no answer from the service.</source>
        <translation>پاسخی از سرویس نیامد.</translation>
    </message>
    <message>
        <source>no quota has a known limit</source>
        <translation>سقف هیچ سهمیه‌ای معلوم نیست</translation>
    </message>
</context>
<context>
    <name>geobox::cli::collect</name>
    <message>
        <source>--notify: the history cannot keep what was said, so nothing is sent.</source>
        <translation>--notify: تاریخچه نمی‌تواند آنچه گفته شد را نگه دارد، پس چیزی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>--notify: %1</source>
        <translation>--notify: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>پاسخی نیامد</translation>
    </message>
    <message>
        <source>--notify: no notification service on the session bus.</source>
        <translation>--notify: هیچ سرویس اعلانی روی گذرگاه نشست نیست.</translation>
    </message>
    <message>
        <source>--notify: a notification was not delivered: %1</source>
        <translation>--notify: یک اعلان نرسید: %1</translation>
    </message>
</context>
<context>
    <name>geobox::cli::export</name>
    <message>
        <source>Export the calls and traffic of an account, an API key or (for an admin) another user, one row per hour, day, week or month, as CSV or JSON.</source>
        <translation>برون‌بری فراخوانی‌ها و ترافیک یک حساب، یک کلید API یا (برای مدیر) کاربری دیگر، با یک ردیف برای هر ساعت، روز، هفته یا ماه، به‌صورت CSV یا JSON.</translation>
    </message>
    <message>
        <source>account (default), key:NAME, key-id:ID, or user:ID.</source>
        <translation>account (پیش‌فرض)، key:NAME، key-id:ID یا user:ID.</translation>
    </message>
    <message>
        <source>hour, day (default), week or month.</source>
        <translation>hour، day (پیش‌فرض)، week یا month.</translation>
    </message>
    <message>
        <source>calls, traffic or both (default).</source>
        <translation>calls، traffic یا both (پیش‌فرض).</translation>
    </message>
    <message>
        <source>First day, inclusive (YYYY-MM-DD).</source>
        <translation>نخستین روز، با احتساب خودش (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day, inclusive (YYYY-MM-DD).</source>
        <translation>آخرین روز، با احتساب خودش (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The last N days, today included (default 30).</source>
        <translation>N روز اخیر، با احتساب امروز (پیش‌فرض ۳۰).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (پیش‌فرض) یا json.</translation>
    </message>
    <message>
        <source>Write to this file (atomically) instead of standard output.</source>
        <translation>نوشتن در این پرونده (به‌صورت اتمی) به‌جای خروجی استاندارد.</translation>
    </message>
    <message>
        <source>--resource takes account, key:NAME, key-id:ID or user:ID.</source>
        <translation>--resource یکی از account، key:NAME، key-id:ID یا user:ID را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--scale takes hour, day, week or month.</source>
        <translation>--scale یکی از hour، day، week یا month را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--metric takes calls, traffic or both.</source>
        <translation>--metric یکی از calls، traffic یا both را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format یکی از csv یا json را می‌پذیرد.</translation>
    </message>
    <message>
        <source>Give either --from and --to, or --days, not both.</source>
        <translation>یا --from و --to را بدهید، یا --days را، نه هر دو.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 پس از --to %2 است.</translation>
    </message>
    <message>
        <source>No API key is named &quot;%1&quot;.</source>
        <translation>هیچ کلید API با نام &quot;%1&quot; نیست.</translation>
    </message>
    <message>
        <source>No API key has the id %1.</source>
        <translation>هیچ کلید API با شناسهٔ %1 نیست.</translation>
    </message>
    <message>
        <source>%1 API keys are named &quot;%2&quot;: use key-id:ID.</source>
        <translation>%1 کلید API با نام &quot;%2&quot; هست: از key-id:ID استفاده کنید.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>نوشتن در خروجی استاندارد ممکن نیست: %1</translation>
    </message>
    <message>
        <source>gregorian (default) or jalali: jalali adds bucket_start_jalali, the bucket&apos;s start with its date in the Jalali (Solar Hijri) calendar.</source>
        <translation>gregorian (پیش‌فرض) یا jalali: jalali ستون bucket_start_jalali را می‌افزاید، یعنی آغاز بازه با تاریخش در تقویم خورشیدی (هجری شمسی).</translation>
    </message>
    <message>
        <source>--calendar takes gregorian or jalali.</source>
        <translation>--calendar فقط gregorian یا jalali می‌پذیرد.</translation>
    </message>
    <message>
        <source>--calendar jalali: this build of Qt has no Jalali calendar.</source>
        <translation>--calendar jalali: این نسخهٔ Qt تقویم خورشیدی ندارد.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 the option (--from or --to), %2 the value given, %3 what is wrong with it.</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>a date is written YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>تاریخ به شکل YYYY-MM-DD نوشته می‌شود، مثلاً 2026-03-01</translation>
    </message>
    <message>
        <source>there is no year 0</source>
        <translation>سال ۰ وجود ندارد</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>ماه %1 وجود ندارد</translation>
    </message>
    <message>
        <source>there is no day %1</source>
        <translation>روز %1 وجود ندارد</translation>
    </message>
    <message>
        <source>%1 has %2 days</source>
        <extracomment>%1 a month and year (&quot;February 2026&quot;), %2 its number of days.</extracomment>
        <translation>%1 فقط %2 روز دارد</translation>
    </message>
    <message>
        <source>--to is missing: --from and --to go together.</source>
        <translation>--to نیامده است: --from و --to باید با هم بیایند.</translation>
    </message>
    <message>
        <source>--from is missing: --from and --to go together.</source>
        <translation>--from نیامده است: --from و --to باید با هم بیایند.</translation>
    </message>
    <message>
        <source>--days %1: give a whole number of days from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation>--days %1: یک عدد صحیح روز از %2 تا %3 بدهید.</translation>
    </message>
    <message>
        <source>The day weeks start on at --scale week: monday (default), saturday or sunday, in every language.</source>
        <translation>روزی که هفته‌ها در --scale week از آن آغاز می‌شوند: monday (پیش‌فرض)، saturday یا sunday، در همهٔ زبان‌ها یکسان.</translation>
    </message>
    <message>
        <source>--week-start takes monday, saturday or sunday, not &quot;%1&quot;.</source>
        <translation>--week-start یکی از monday، saturday یا sunday را می‌پذیرد، نه «%1».</translation>
    </message>
    <message>
        <source>key: the signed-in account broken down by API key, one row per bucket per key, and one for the usage from no listed key.</source>
        <translation>key: حساب واردشده به تفکیک کلید API، یک ردیف برای هر بازه و هر کلید، و یکی برای مصرفی که از هیچ کلید فهرست‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>previous or year: append previous_bucket_start, previous_calls and previous_traffic_bytes, the matching bucket of the period before or of the same period a year earlier.</source>
        <translation>previous یا year: ستون‌های previous_bucket_start، previous_calls و previous_traffic_bytes را می‌افزاید، بازهٔ متناظر از دورهٔ قبل یا از همین دوره در سال پیش.</translation>
    </message>
    <message>
        <source>--compare takes previous or year, not &quot;%1&quot;.</source>
        <translation>--compare یکی از previous یا year را می‌پذیرد، نه «%1» را.</translation>
    </message>
    <message>
        <source>--by takes key.</source>
        <translation>--by فقط key را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--by key breaks down the signed-in account: leave out --resource.</source>
        <translation>--by key حساب واردشده را تفکیک می‌کند: --resource را ندهید.</translation>
    </message>
    <message>
        <source>--by key has no --calendar jalali column.</source>
        <translation>--by key ستون --calendar jalali ندارد.</translation>
    </message>
    <message>
        <source>--by key has no --compare columns: explain compares the keys with another period.</source>
        <translation>--by key ستون‌های --compare ندارد: فرمان explain کلیدها را با دوره‌ای دیگر مقایسه می‌کند.</translation>
    </message>
    <message>
        <source>Read only the usage history, send nothing; days it does not hold are an error (exit code 4), never zeros.</source>
        <translation>فقط تاریخچهٔ مصرف را بخوان و چیزی نفرست؛ روزهایی که در آن نیست خطا هستند (کد خروج ۴)، هرگز صفر نیستند.</translation>
    </message>
    <message>
        <source>--offline reads the history: it cannot go with --no-history.</source>
        <translation>--offline تاریخچه را می‌خواند: با --no-history نمی‌آید.</translation>
    </message>
    <message>
        <source>--offline reads the history, which --demo does not keep.</source>
        <translation>--offline تاریخچه را می‌خواند، که --demo آن را نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>--by key asks the service for every key: it cannot go with --offline.</source>
        <translation>--by key برای هر کلید از سرویس می‌پرسد: با --offline نمی‌آید.</translation>
    </message>
    <message>
        <source>--offline: there is no usage history to read.</source>
        <translation>--offline: تاریخچهٔ مصرفی برای خواندن نیست.</translation>
    </message>
</context>
<context>
    <name>geobox::cli::login</name>
    <message>
        <source>Sign in: the credentials are tried against the server, then the API key or an access token (never the password) is kept in the system keychain. The secret is read from standard input, so it stays out of the shell&apos;s history.</source>
        <translation>ورود: اطلاعات ورود روی سرور آزموده می‌شود، سپس کلید API یا یک توکن دسترسی (و هرگز گذرواژه) در جاکلیدی سیستم نگه داشته می‌شود. مقدار محرمانه از ورودی استاندارد خوانده می‌شود تا در تاریخچهٔ پوسته نماند.</translation>
    </message>
    <message>
        <source>The Geobox server (default: the one in the settings, else https://api.geobox.ir).</source>
        <translation>سرور ژئوباکس (پیش‌فرض: سرور تنظیمات، وگرنه https://api.geobox.ir).</translation>
    </message>
    <message>
        <source>Read an API key from standard input.</source>
        <translation>خواندن کلید API از ورودی استاندارد.</translation>
    </message>
    <message>
        <source>Sign in with this user name.</source>
        <translation>ورود با این نام کاربری.</translation>
    </message>
    <message>
        <source>Read the password from standard input (with --username).</source>
        <translation>خواندن گذرواژه از ورودی استاندارد (همراه با --username).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>چند ثانیه برای هر پاسخ صبر شود (پیش‌فرض ۳۰).</translation>
    </message>
    <message>
        <source>Use either --apikey-stdin, or --username NAME with --password-stdin.</source>
        <translation>یا از --apikey-stdin استفاده کنید، یا از --username NAME همراه با --password-stdin.</translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>هیچ کلید API در ورودی استاندارد نیست.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>هیچ گذرواژه‌ای در ورودی استاندارد نیست.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so nothing was saved. Set GEOBOX_APIKEY (or GEOBOX_ACCESS_TOKEN) for this shell instead.</source>
        <translation>جاکلیدی سیستم در دسترس نیست، پس چیزی ذخیره نشد. به‌جای آن GEOBOX_APIKEY (یا GEOBOX_ACCESS_TOKEN) را برای این پوسته تنظیم کنید.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the %3 is kept in the system keychain.</source>
        <translation>با نام %2 به %1 وارد شدید؛ %3 در جاکلیدی سیستم نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>کلید API</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>توکن دسترسی</translation>
    </message>
    <message>
        <source>Sign out: remove the saved key or token for the server from the system keychain and forget the account.</source>
        <translation>خروج از حساب: کلید یا توکن ذخیره‌شدهٔ این سرور از جاکلیدی سیستم پاک و حساب فراموش می‌شود.</translation>
    </message>
    <message>
        <source>The Geobox server (default: the one in the settings).</source>
        <translation>سرور ژئوباکس (پیش‌فرض: سرور تنظیمات).</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>به %1 وارد نشده‌اید.</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>از %1 خارج شدید (%2).</translation>
    </message>
</context>
<context>
    <name>geobox::cli::summary</name>
    <message>
        <source>Calls today</source>
        <translation>فراخوانی‌های امروز</translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation>فراخوانی‌های این ماه</translation>
    </message>
    <message>
        <source>Traffic today</source>
        <translation>ترافیک امروز</translation>
    </message>
    <message>
        <source>Traffic this month</source>
        <translation>ترافیک این ماه</translation>
    </message>
    <message>
        <source>Processing today</source>
        <translation>پردازش امروز</translation>
    </message>
    <message>
        <source>Processing this month</source>
        <translation>پردازش این ماه</translation>
    </message>
    <message>
        <source>Print today&apos;s and this month&apos;s calls, traffic and processing against the plan&apos;s limits, storage, days left, and the processing time of the last 30 days.</source>
        <translation>نمایش فراخوانی‌ها، ترافیک و پردازش امروز و این ماه در برابر حدهای طرح، فضای ذخیره‌سازی، روزهای باقی‌مانده و زمان پردازش ۳۰ روز اخیر.</translation>
    </message>
    <message>
        <source>Another user&apos;s figures (an admin&apos;s right).</source>
        <translation>ارقام کاربری دیگر (از اختیارات مدیر).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (پیش‌فرض) یا json.</translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation>--format یکی از text یا json را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--user-id takes a positive number.</source>
        <translation>--user-id یک عدد مثبت می‌پذیرد.</translation>
    </message>
    <message>
        <source>Days left on the plan</source>
        <translation>روزهای باقی‌ماندهٔ طرح</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Processing, last 30 days</source>
        <translation>پردازش، ۳۰ روز اخیر</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>نوشتن در خروجی استاندارد ممکن نیست.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>فضای ذخیره‌سازی</translation>
    </message>
    <message>
        <source>%1 (no limit known)</source>
        <translation>%1 (حد نامشخص)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>A quota: %1 used, %2 the limit, %3 the percentage used (&quot;4,120 of 10,000 (41%)&quot;).</extracomment>
        <translation>%1 از %2 (%3)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
</context>
</TS>
