// The fault matrix: every endpoint the app calls, against every way a server or
// a network can fail. For each case the library gives the right typed error
// with a clear message and no secret, the dashboard keeps its last good data
// and marks it stale, and `export` exits with its documented code leaving no
// file. It prints how many cases it ran and how many held.

#include "dashboardstate.h"
#include "sandboxfixture.h"
#include "usageclient.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

using namespace geobox;
using testing::await;

namespace {

struct Fault
{
    QString name;
    QString action;      // the sandbox's ACTION
    ApiError::Kind kind; // what the library must say
    int exitCode;        // what export must exit with
};

const QStringList endpoints = {QStringLiteral("usage/api"),     QStringLiteral("usage/process"),
                               QStringLiteral("usage/summary"), QStringLiteral("usage/update"),
                               QStringLiteral("users/me/"),     QStringLiteral("apikeys/")};

// A body of valid JSON with the wrong types, per endpoint and flavour.
QString wrongBody(const QString &endpoint, const QString &flavour)
{
    const bool series = endpoint == QLatin1String("usage/api");
    const bool process = endpoint == QLatin1String("usage/process");
    const bool summary =
        endpoint.startsWith(QLatin1String("usage/s")) || endpoint == QLatin1String("usage/update");
    const bool user = endpoint == QLatin1String("users/me/");
    auto summaryWith = [](const QString &value) {
        return QStringLiteral(
                   R"({"available_storage": 1, "used_storage": 1, "max_daily_api_calls": 1,
            "daily_api_calls": %1, "max_monthly_api_calls": 1, "monthly_api_calls": 1,
            "max_daily_traffic": 1, "daily_traffic": 1, "max_monthly_traffic": 1,
            "monthly_traffic": 1, "max_daily_process": 1, "daily_process": 1,
            "max_monthly_process": 1, "monthly_process": 1, "remaining_days": null})")
            .arg(value);
    };
    auto value = [&](const QString &v) {
        if (series)
            return QStringLiteral(R"([["2026-01-01T00:00:00", %1]])").arg(v);
        if (process)
            return v;
        if (summary)
            return summaryWith(v);
        if (user)
            return QStringLiteral(R"({"id": %1, "username": "x"})").arg(v);
        return QStringLiteral(R"([{"id": %1, "name": "a", "key": "k", "revoked": false}])").arg(v);
    };
    if (flavour == QLatin1String("string for number"))
        return value(QStringLiteral("\"12\""));
    if (flavour == QLatin1String("negative"))
        return value(QStringLiteral("-5"));
    if (flavour == QLatin1String("NaN-like"))
        return value(QStringLiteral("\"NaN\""));
    if (flavour == QLatin1String("beyond 64 bits"))
        return value(QStringLiteral("18446744073709551616"));
    // "object for array", or an array where an object belongs
    return series || endpoint == QLatin1String("apikeys/") ? QStringLiteral(R"({"items": []})")
                                                           : QStringLiteral("[1, 2]");
}

QList<Fault> faultsFor(const QString &endpoint)
{
    using K = ApiError::Kind;
    QList<Fault> faults = {
        {QStringLiteral("401"), QStringLiteral("status:401"), K::Authentication, 3},
        {QStringLiteral("403"), QStringLiteral("status:403"), K::Permission, 4},
        {QStringLiteral("404"), QStringLiteral("status:404"), K::NotFound, 4},
        {QStringLiteral("422 with a detail list"), QStringLiteral("status:422"), K::Validation, 4},
        {QStringLiteral("429 with Retry-After"), QStringLiteral("status:429"), K::RateLimited, 4},
        {QStringLiteral("500"), QStringLiteral("status:500"), K::Server, 4},
        {QStringLiteral("502"), QStringLiteral("status:502"), K::Server, 4},
        {QStringLiteral("503"), QStringLiteral("status:503"), K::Server, 4},
        {QStringLiteral("504"), QStringLiteral("status:504"), K::Server, 4},
        {QStringLiteral("malformed JSON"), QStringLiteral("malformed"), K::BadResponse, 4},
        {QStringLiteral("empty body"), QStringLiteral("body:"), K::BadResponse, 4},
        {QStringLiteral("HTML error page"), QStringLiteral("html"), K::Server, 4},
        {QStringLiteral("body cut mid-way"), QStringLiteral("truncate"), K::Network, 4},
        {QStringLiteral("dropped before any answer"), QStringLiteral("drop"), K::Network, 4},
        {QStringLiteral("no answer before the timeout"), QStringLiteral("hold"), K::Timeout, 4},
        {QStringLiteral("larger than 64 MiB"),
         QStringLiteral("body:[") + QString(64 * 1024 * 1024 + 16, QLatin1Char(' ')) +
             QStringLiteral("]"),
         K::BadResponse, 4},
    };
    for (const char *flavour :
         {"string for number", "object for array", "negative", "NaN-like", "beyond 64 bits"}) {
        faults.append({QStringLiteral("wrong types: ") + QLatin1String(flavour),
                       QStringLiteral("body:") + wrongBody(endpoint, QLatin1String(flavour)),
                       K::BadResponse, 4});
    }
    return faults;
}

} // namespace

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix();
    void cleanupTestCase();

private:
    std::optional<ApiError> callEndpoint(UsageClient &client, const QString &endpoint);
    bool dashboardKeepsData(const QString &endpoint, QString *why);
    bool exportFails(const QString &endpoint, int exitCode, QString *why);

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<DashboardState> m_state;
    int m_tried = 0;
    int m_held = 0;
};

void TestFaultMatrix::initTestCase()
{
    m_sandbox.now = QDateTime(); // export reads the real clock: so does the sandbox
    QVERIFY(m_sandbox.start(13));
    ClientConfig config;
    config.host = m_sandbox.url();
    config.timeout = std::chrono::milliseconds(1000);
    config.retry.maxRetries = 0; // each fault as it is; retries are tested on their own
    m_client = std::make_unique<UsageClient>(&m_network, config);
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_state = std::make_unique<DashboardState>(m_client.get());
}

std::optional<ApiError> TestFaultMatrix::callEndpoint(UsageClient &client, const QString &endpoint)
{
    const auto &data = m_sandbox.server->data();
    auto errorOf = [](const auto &outcome) { return outcome.error; };
    if (endpoint == QLatin1String("usage/api"))
        return errorOf(await<UsageSeries>(client.apiUsage(
            {.eid = QString::number(data.mainUser().id), .range = UsageRange::daysBeforeNow(2)})));
    if (endpoint == QLatin1String("usage/process"))
        return errorOf(await<double>(client.processUsage({.range = UsageRange::daysBeforeNow(2)})));
    if (endpoint == QLatin1String("usage/summary"))
        return errorOf(await<UsageSummary>(client.usageSummary()));
    if (endpoint == QLatin1String("usage/update"))
        return errorOf(await<UsageSummary>(client.updateUsage()));
    if (endpoint == QLatin1String("users/me/"))
        return errorOf(await<User>(client.currentUser()));
    return errorOf(await<QList<ApiKey>>(client.apiKeys()));
}

bool TestFaultMatrix::dashboardKeepsData(const QString &endpoint, QString *why)
{
    if (endpoint == QLatin1String("users/me/") || endpoint == QLatin1String("apikeys/")) {
        const std::optional<User> before = m_state->user();
        QSignalSpy failed(m_state.get(), &DashboardState::accountFailed);
        m_state->loadAccount();
        if (!failed.wait(10000)) {
            *why = QStringLiteral("no accountFailed");
            return false;
        }
        if (!m_state->user() || m_state->user()->id != before->id || m_state->apiKeys().isEmpty()) {
            *why = QStringLiteral("the account shown changed");
            return false;
        }
        return true;
    }
    const DashboardSnapshot before = *m_state->snapshot();
    QSignalSpy failed(m_state.get(), &DashboardState::failed);
    if (endpoint == QLatin1String("usage/update")) {
        // A refresh reads the series alongside the update: they are shown, new, and the
        // quotas stay the last ones, marked as not refreshed, with the update's error.
        QSignalSpy updateFailed(m_state.get(), &DashboardState::updateFailed);
        m_state->refresh();
        if (!updateFailed.wait(10000)) {
            *why = QStringLiteral("no updateFailed signal");
            return false;
        }
        const DashboardSnapshot after = *m_state->snapshot();
        if (!after.summaryError || !(after.summary == before.summary) || m_state->isStale() ||
            !failed.isEmpty()) {
            *why = QStringLiteral("the quotas were not kept and marked, or the series were "
                                  "held back");
            return false;
        }
        return true;
    } else {
        DashboardQuery next = m_state->query();
        next.range.first = next.range.first.addDays(-1); // a new query, so a new fetch
        m_state->setQuery(next);
    }
    if (!failed.wait(10000)) {
        *why = QStringLiteral("no failed signal");
        return false;
    }
    if (!(m_state->snapshot()->rows == before.rows) || !m_state->isStale()) {
        *why = QStringLiteral("the last good data was not kept, or not marked stale");
        return false;
    }
    return true;
}

bool TestFaultMatrix::exportFails(const QString &endpoint, int exitCode, QString *why)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("GEOBOX_APIKEY"), m_sandbox.apiKey);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GEOBOX_USAGE_BIN),
                  {QStringLiteral("export"), QStringLiteral("--server"), m_sandbox.url().toString(),
                   QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--timeout"),
                   QStringLiteral("1"), QStringLiteral("-o"), path});
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        *why = QStringLiteral("export hung");
        return false;
    }
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != exitCode || QFile::exists(path) || err.count('\n') != 1 ||
        err.contains(m_sandbox.apiKey.toLatin1())) {
        *why = QStringLiteral("export exited %1 (wanted %2), file left: %3, stderr: %4")
                   .arg(process.exitCode())
                   .arg(exitCode)
                   .arg(QFile::exists(path))
                   .arg(QString::fromUtf8(err.trimmed()));
        return false;
    }
    Q_UNUSED(endpoint);
    return true;
}

void TestFaultMatrix::matrix()
{
    // The last good data the dashboard must keep.
    QSignalSpy loaded(m_state.get(), &DashboardState::accountLoaded);
    m_state->loadAccount();
    QVERIFY(loaded.wait(10000));
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    DashboardQuery query;
    query.resource = Resource::account(*m_state->user());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    query.range = {today.addDays(-6), today};
    m_state->setQuery(query);
    QVERIFY(changed.wait(10000));

    QStringList broken;
    for (const QString &endpoint : endpoints) {
        const bool exportCalls = endpoint == QLatin1String("usage/api") ||
                                 endpoint == QLatin1String("users/me/") ||
                                 endpoint == QLatin1String("apikeys/");
        for (const Fault &fault : faultsFor(endpoint)) {
            const QString name = endpoint + QStringLiteral(" / ") + fault.name;
            m_sandbox.server->clearFaults();
            QString why;
            QVERIFY2(m_sandbox.server->addFault(endpoint + QLatin1Char('=') + fault.action, &why),
                     qPrintable(why));
            bool held = true;
            const std::optional<ApiError> error = callEndpoint(*m_client, endpoint);
            if (!error || error->kind() != fault.kind || error->message().isEmpty() ||
                error->message().contains(m_sandbox.apiKey)) {
                held = false;
                why = error ? QStringLiteral("library said %1: %2")
                                  .arg(ApiError::kindName(error->kind()), error->message())
                            : QStringLiteral("library succeeded");
            }
            if (held)
                held = dashboardKeepsData(endpoint, &why);
            if (held && exportCalls)
                held = exportFails(endpoint, fault.exitCode, &why);
            ++m_tried;
            if (held)
                ++m_held;
            else
                broken.append(name + QStringLiteral(": ") + why);
        }
    }
    m_sandbox.server->clearFaults();
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestFaultMatrix::cleanupTestCase()
{
    qInfo("fault matrix: %d cases held out of %d tried", m_held, m_tried);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
