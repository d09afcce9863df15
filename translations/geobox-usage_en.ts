<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>%1 is missing: %2 and %1 go together.</source>
        <extracomment>%1 the option missing, %2 the one given, %1 and %2 go together.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is after %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which API keys made the account&apos;s calls or traffic change: each key&apos;s figure in a range and in the period before it (or the one given with --vs-from and --vs-to), its change and its share of the account&apos;s change, and the usage from no listed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, inclusive (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, inclusive (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last N days, today included (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period to compare with (default: the period before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls (default) or traffic (bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric takes calls or traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --from and --to, or --days, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days %1: give a whole number of days from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Monthly calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the quota (&quot;Monthly calls&quot;), %2 the share reached (&quot;80%&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will run out this month</source>
        <extracomment>%1 the quota (&quot;Monthly calls&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike in calls at %1</source>
        <extracomment>%1 the hour of the spike (&quot;Tue 1 Dec 14:00&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times the usual for this hour of the week (%2 calls)</source>
        <extracomment>%1 how many times the usual (&quot;6.2&quot;), %2 the calls in that hour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 used, %2 the limit: &quot;2.55 M of 3 M&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retry after %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a size: the number, then its unit (B, kB, MB …)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCaptions</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2, %3: total %4, average %5 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, peak %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of %1: the range starts on %2 and ends on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of %1: the range starts on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of %1: the range ends on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportFlow</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV – stale data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on screen was fetched at %1 and does not match the current choice: it is %2. Export that data anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCalendar</name>
    <message>
        <source>Automatic (Jalali)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Gregorian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>%1 the last day of the month, &quot;31 Dec&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this rate: %1%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 – %2)</source>
        <extracomment>The 80% interval of the forecast, &quot;(2.6 – 3.2 M)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at the run rate of the month so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at the run rate of today so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over on %1</source>
        <extracomment>%1 when the quota is (or was) crossed: &quot;28 Dec 14:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>The percentage of a quota used: %1 the number, %2 the locale&apos;s percent sign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <extracomment>A quota used above 0 and below 1%: %1 is &quot;1%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;%1</source>
        <extracomment>A quota used above 99% and below 100%: %1 is &quot;99%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geobox Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as a PNG once the data is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashboard of your Geobox API calls and traffic, against your plan.
Commands: %1 (each has --help; help COMMAND prints it too).</source>
        <extracomment>%1 the commands (export, summary, …), which stay in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start comparing with the previous period or the same period last year (previous or year), as View › Compare does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare takes previous or year, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the usage history; ask the server for nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryMismatch</name>
    <message>
        <source>my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in weeks from %1, not from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with other figures than chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::AccountController</name>
    <message>
        <source>The GEOBOX_* credentials did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 to see your usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::AccountFlow</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Sign in to see your usage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the saved sign-in. Sign in again; nothing is deleted unless you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Account – Geobox Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is now %1. Sign in there: the sign-in for %2 is not sent to another server, and stays in use until you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is now %1. Sign in there to see your usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved API key or token is removed from the system keychain. To sign in again you need the key, or your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of this session are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::AlertFlow</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geobox Usage: no quota limit known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geobox Usage: the fullest quota is at %1%</source>
        <extracomment>The tray&apos;s tooltip: %1 the highest share of any quota used.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::AlertRulesBox</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it crosses a monthly quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a spike in calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of a quota, in percent, that send an alert once per day or month, e.g. 80, 100; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour far above the same hour of the week in the past four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on the forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on spikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert at (% of a &amp;quota):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spi&amp;kes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert at: &quot;%1&quot; is not a list of whole percentages from 1 to 1000, e.g. 80, 100.</source>
        <extracomment>%1 what was typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ApiJob</name>
    <message>
        <source>The server sent %1 API keys for a page of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the same page of API keys twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name and a password are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected in a way that is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed (network error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1; reading stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1; the redirect was not followed, so no credentials went there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with &quot;%1&quot;, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::BreakdownTableModel</name>
    <message>
        <source>Not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::BreakdownView</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the keys (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per API key and one for the usage from no listed key: calls, traffic, share of the account, the previous period and the change. Sort by a column with its header; Enter on a key opens its own view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it changed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole range against the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading keys: %1 of %2</source>
        <extracomment>Progress of the per-key breakdown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bucket before this one to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s own figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be loaded and are left out.</source>
        <translation>
            <numerusform>%n key could not be loaded and is left out.</numerusform>
            <numerusform>%n keys could not be loaded and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geobox::ComparisonFlow</name>
    <message>
        <source>&amp;No Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Same Period &amp;Last Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <extracomment>%1 the change (&quot;+12%&quot;), %2 the period compared with (&quot;November&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::CredentialStore</name>
    <message>
        <source>No saved sign-in for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available%1. Nothing was saved; the credentials work for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used%1. Nothing was saved; the credentials work for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in is damaged; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an API key or an access token can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::Credentials</name>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::DashboardActions</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recount the usage on the server and fetch it again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Geobox Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Geobox Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Geobox Usage %1&lt;/h3&gt;&lt;p&gt;How many API calls and how much traffic your Geobox account and each of its API keys use, against your plan&apos;s quotas.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the days just before the range, as many as it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the days just after the range, as many as it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s usage broken down by API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month so far, the quota, and where the month is heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::DashboardPage</name>
    <message>
        <source>Processing time in range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time in range: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::DashboardQuery</name>
    <message>
        <source>Choose a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose calls, traffic or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose usage to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::DashboardState</name>
    <message>
        <source>no history for these credentials on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::DateRange</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The range and its number of days: &quot;1 – 7 Mar 2026, 7 days&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::DemoServer</name>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In A&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Showing data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ExplainText</name>
    <message>
        <source>Not from a listed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the change</source>
        <extracomment>%1 a share of the change in percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 against %5</source>
        <extracomment>%1 the change (&quot;+41,200&quot;), %2 calls or bytes, %3 the change in percent, %4 and %5 the periods as dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be loaded and are not in the table.</source>
        <translation>
            <numerusform>%n key could not be loaded and is not in the table.</numerusform>
            <numerusform>%n keys could not be loaded and are not in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geobox::ForecastChart</name>
    <message>
        <source>80% range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ForecastFlow</name>
    <message>
        <source>The forecast could not be made: %1</source>
        <extracomment>%1 the error&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ForecastPanel</name>
    <message>
        <source>Forecast for this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the past weeks for the forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast of calls: none so far this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast of traffic: none so far this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing: %1</source>
        <extracomment>Processing&apos;s forecast; %1 the sentence (it says it is the run rate).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing: no forecast, none so far this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month: the month so far and the forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic this month: the month so far and the forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::HistorySeriesJob</name>
    <message numerus="yes">
        <source> and %n more span(s)</source>
        <translation>
            <numerusform> and %n more span</numerusform>
            <numerusform> and %n more spans</numerusform>
        </translation>
    </message>
    <message>
        <source>history has no data for %1; run collect while online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::HistorySettings</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a local usage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures already fetched are shown at once and offline, and are never asked for again once final. From the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the history is kept; empty for the default. From the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>A number of hours follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket that ended longer ago than this when it was fetched is final and never asked for again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettles after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;red:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the local usage history? Every figure kept is forgotten; the service is asked again for what it still keeps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::HistoryStore</name>
    <message>
        <source>History is off: Qt&apos;s SQLite driver is not installed (on Debian, the package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: the folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1 cannot be written (%2). Figures are still shown, but not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged and cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be read; it was moved aside as %1 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1 was written by a newer version of Geobox Usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ImageMenu</name>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::Language</name>
    <message>
        <source>The language: fa (Persian) or en (English). By default, the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::MainWindow</name>
    <message>
        <source>Loading account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The usage on screen is still that of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user with the id %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotas were not refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::NetworkPolicy</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address holds a user name or password; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this machine; use https://%1 so keys and tokens are not sent in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::OtherUserDialog</name>
    <message>
        <source>Another User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numeric &amp;id of the user whose usage to show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::Parsers</name>
    <message>
        <source>The server sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data should be a list of [time, value] pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data item %1 is not a [time, value] pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data item %1 has no readable time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data item %1 has a value that is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time should be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time should be a number of seconds from 0 to 2^63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage summary should be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage summary has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage summary&apos;s &quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage summary&apos;s &quot;remaining_days&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user should be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no numeric &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API keys should be a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 in the list is not an object with an id, a name and a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::QueryBar</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::QuotaCard</name>
    <message>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>The percentage of a quota used: %1 the number, %2 the locale&apos;s percent sign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>A quota card for a screen reader: %1 its figures, %2 the change (&quot;+12% vs November&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::QuotaChangeFlow</name>
    <message>
        <source>%1 vs %2</source>
        <extracomment>%1 the change (&quot;+12%&quot;), %2 the period compared with (&quot;November&quot;, &quot;yesterday&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::QuotaPanel</name>
    <message>
        <source>Calls today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days left not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::RangeSelector</name>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ResourcePicker</name>
    <message>
        <source>Usage of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose usage to show: the whole account or one API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is revoked; its past usage can still be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ScaleSelector</name>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ServerField</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.geobox.ir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Geobox server: https:// anywhere, plain http:// only to this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the server address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::SettingsDialog</name>
    <message>
        <source>Settings – Geobox Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode uses the built-in stand-in server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request may take, from sending to the last byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the server&apos;s dates and times are in (Geobox: UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the figures again on a timer while the window is on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln minute(s)</source>
        <translation>
            <numerusform>Every %Ln minute</numerusform>
            <numerusform>Every %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of the dates on screen. Automatic: Jalali when the language is Persian, else Gregorian. The days fetched are the same either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each bar of the Week scale begins. Until you choose, the language&apos;s first day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window and the commands. System: the computer&apos;s (LANG). --lang on the command line overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s. Applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys shown on their own in By key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The By key chart shows this many of the largest keys on their own and the rest together as Other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top keys in By &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts – Geobox Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands of the menus and their &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 move between the controls; %3 with an underlined letter opens a menu or goes to a field. On a chart, the menu key or %4 opens its menu, and %5 and %6 move the picked bar along the time axis (the By key view explains the bar picked).</source>
        <extracomment>%1 Tab, %2 Shift+Tab, %3 Alt, %4 Shift+F10, %5 Left, %6 Right, each as the list of keys writes it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::SignInDialog</name>
    <message>
        <source>Sign In – Geobox Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Geobox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the API calls and traffic of your account and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key from your Geobox account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key or access token is kept in the system keychain. A password is only exchanged for a token and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::SnapshotView</name>
    <message>
        <source>Quotas of the whole account, all API keys together; the charts show the key &quot;%1&quot; alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed: these quotas are from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed: the quotas could not be had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::StatusLine</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up numbers from the built-in stand-in server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stale: shown %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: history as of %1</source>
        <extracomment>%1 a day and time, &quot;1 Dec 14:05&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From history, updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::UsageChartView</name>
    <message>
        <source>Calls chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::UsageClient</name>
    <message>
        <source>No network access manager was given to the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::UsageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::UsageRequest</name>
    <message>
        <source>The page size must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date range is needed: both a start and an end, or a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date range needs both a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose usage is missing: a user id or an API key is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::UsageTableModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A table column&apos;s title and the time zone of its times: &quot;Start (UTC)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::UsageTableView</name>
    <message>
        <source>Usage by bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per bucket: its start and end, the calls, the traffic and whether it is finished. Sort by a column with its header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::cli</name>
    <message>
        <source>Use the built-in demo server (made-up data, no account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Geobox server (default https://api.geobox.ir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set GEOBOX_APIKEY, GEOBOX_ACCESS_TOKEN, or GEOBOX_USERNAME and GEOBOX_PASSWORD, or sign in with: geobox-usage login --server %1 --apikey-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in for %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; commands: %2</source>
        <extracomment>%1 the word typed, %2 the commands (export, summary, …), which stay in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout %1: give a number of seconds from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the usage history: the calls and traffic of the account and every API key, by hour, day and month; the first run fetches the last 400 days, later runs only what is missing or not final. It can run while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to collect: account, all (the default), key:NAME or key-id:ID; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scales, comma-separated (default hour,day,month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last N days, today included (default 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the sync, send a desktop notification for each alert rule that fires (once per day or month, remembered in the history, as the window&apos;s are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resource takes account, all, key:NAME or key-id:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scales takes hour, day and month, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days %1: give a whole number of days from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect --notify remembers what it said in the usage history: it cannot go with --no-history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect keeps the usage history: it cannot go with --no-history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usage history to collect into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached; nothing was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: failed</source>
        <extracomment>%1 and %2: resources done and in all; %3 the resource.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not collect %1 (the rest is kept): %2</source>
        <extracomment>%1 the resources that failed, %2 the first error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history file (default: history.sqlite in the application&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use no usage history: keep nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after its end that a bucket is final and never asked for again (default 48).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history and --no-history cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history: give the file to keep the history in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--settle-hours %1: give a whole number of hours from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::cli::breakdown</name>
    <message>
        <source>Loading keys: %1 of %2</source>
        <extracomment>Progress of the per-key breakdown on the command line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::cli::check</name>
    <message>
        <source>monthly calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>%1 the quota (monthly calls), %2 the share used, %3 used, %4 the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at this rate %1 by the end, over on %2</source>
        <extracomment>%1 the projected use at the period&apos;s end, %2 when the quota is crossed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the quotas for Nagios, Icinga or cron: one status line with performance data; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user&apos;s quotas (an admin&apos;s right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING at this share of a quota (default 80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL at this share of a quota (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a quota the forecast crosses before its period ends as WARNING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--warning takes a percentage above 0, e.g. 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--critical takes a percentage above 0, e.g. 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--warning must not be above --critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user-id takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota has a known limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::cli::collect</name>
    <message>
        <source>--notify: the history cannot keep what was said, so nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify: no notification service on the session bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify: a notification was not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::cli::export</name>
    <message>
        <source>Export the calls and traffic of an account, an API key or (for an admin) another user, one row per hour, day, week or month, as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account (default), key:NAME, key-id:ID, or user:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour, day (default), week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls, traffic or both (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, inclusive (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, inclusive (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last N days, today included (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resource takes account, key:NAME, key-id:ID or user:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes hour, day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric takes calls, traffic or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --from and --to, or --days, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API keys are named &quot;%2&quot;: use key-id:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gregorian (default) or jalali: jalali adds bucket_start_jalali, the bucket&apos;s start with its date in the Jalali (Solar Hijri) calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calendar takes gregorian or jalali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calendar jalali: this build of Qt has no Jalali calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 the option (--from or --to), %2 the value given, %3 what is wrong with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is written YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no year 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 days</source>
        <extracomment>%1 a month and year (&quot;February 2026&quot;), %2 its number of days.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is missing: --from and --to go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is missing: --from and --to go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days %1: give a whole number of days from %2 to %3.</source>
        <extracomment>%1 the value given, %2 and %3 the bounds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day weeks start on at --scale week: monday (default), saturday or sunday, in every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week-start takes monday, saturday or sunday, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: the signed-in account broken down by API key, one row per bucket per key, and one for the usage from no listed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous or year: append previous_bucket_start, previous_calls and previous_traffic_bytes, the matching bucket of the period before or of the same period a year earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare takes previous or year, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by key breaks down the signed-in account: leave out --resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by key has no --calendar jalali column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by key has no --compare columns: explain compares the keys with another period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only the usage history, send nothing; days it does not hold are an error (exit code 4), never zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline reads the history: it cannot go with --no-history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline reads the history, which --demo does not keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by key asks the service for every key: it cannot go with --offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline: there is no usage history to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::cli::login</name>
    <message>
        <source>Sign in: the credentials are tried against the server, then the API key or an access token (never the password) is kept in the system keychain. The secret is read from standard input, so it stays out of the shell&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Geobox server (default: the one in the settings, else https://api.geobox.ir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an API key from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (with --username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --apikey-stdin, or --username NAME with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so nothing was saved. Set GEOBOX_APIKEY (or GEOBOX_ACCESS_TOKEN) for this shell instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the %3 is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out: remove the saved key or token for the server from the system keychain and forget the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Geobox server (default: the one in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geobox::cli::summary</name>
    <message>
        <source>Calls today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print today&apos;s and this month&apos;s calls, traffic and processing against the plan&apos;s limits, storage, days left, and the processing time of the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user&apos;s figures (an admin&apos;s right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user-id takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>A quota: %1 used, %2 the limit, %3 the percentage used (&quot;4,120 of 10,000 (41%)&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
