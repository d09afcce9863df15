#pragma once
// A geobox-sandbox started in-process on 127.0.0.1 for a test, with secrets
// made up at run time, and a helper that runs one client job to its end.

#include "apijob.h"
#include "clientconfig.h"
#include "sandboxserver.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace testing {

// A fresh random secret of `length` URL-safe characters: never a literal in the source.
inline QString randomSecret(int length = 43)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]);
    return out;
}

struct SandboxFixture
{
    QString apiKey = randomSecret();
    QString viewerKey = randomSecret();
    QString username = QStringLiteral("ana");
    QString password = randomSecret(16) + QStringLiteral(" &:+"); // needs form encoding
    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc());
    // The service's zone: the sandbox's buckets start at midnight there, and the client's
    // configuration (clientConfig()) reads its timestamps in it.
    QTimeZone timeZone = QTimeZone::utc();
    // The share of the account's usage from no listed key (--unattributed).
    int unattributedPercent = 0;
    // A service that keeps this many days (0: all), as --retention-days.
    int retentionDays = 0;
    // --quota-use: the plan's maxima put today's and this month's use at this share.
    std::optional<double> quotaUse;
    std::unique_ptr<sandbox::SandboxServer> server;
    quint16 port = 0;

    bool start(quint64 seed = 7, int keyCount = 0)
    {
        sandbox::SandboxOptions options;
        options.seed = seed;
        options.apiKeys = {apiKey.toLatin1()};
        options.viewerApiKey = viewerKey.toLatin1();
        options.username = username;
        options.password = password;
        if (now.isValid())
            options.now = now; // else the sandbox follows the real clock
        options.keyCount = keyCount;
        options.timeZone = timeZone;
        options.unattributedPercent = unattributedPercent;
        options.retentionDays = retentionDays;
        options.quotaUse = quotaUse;
        server = std::make_unique<sandbox::SandboxServer>(options);
        port = server->listenOn(QHostAddress::LocalHost, 0);
        return port != 0;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)); }
    // "127.0.0.1:PORT", as the window's title names the server.
    QString serverLabel() const { return QStringLiteral("127.0.0.1:%1").arg(port); }

    // A client's configuration for this sandbox: its address, and a clock pinned to the
    // sandbox's `now` (when set), so that the client's "today" is the sandbox's.
    geobox::ClientConfig clientConfig() const
    {
        geobox::ClientConfig config;
        config.host = url();
        config.serviceTimeZone = timeZone;
        if (now.isValid()) {
            const QDateTime pinned = now;
            config.clock = [pinned] { return pinned; };
        }
        return config;
    }
};

template<typename T> struct Outcome
{
    std::optional<T> value;
    std::optional<geobox::ApiError> error;
    int succeededCount = 0;
    int failedCount = 0;
    int finishedCount = 0;
};

// Starts watching a job: connect before the event loop runs, since a job deletes
// itself once it has finished. T: the succeeded signal's value.
template<typename T, typename JobT> std::shared_ptr<Outcome<T>> watch(JobT *job)
{
    auto out = std::make_shared<Outcome<T>>();
    QObject::connect(job, &JobT::succeeded, job, [out](T value) {
        out->value = std::move(value);
        ++out->succeededCount;
    });
    QObject::connect(job, &geobox::ApiJob::failed, job, [out](const geobox::ApiError &error) {
        out->error = error;
        ++out->failedCount;
    });
    QObject::connect(job, &geobox::ApiJob::finished, job, [out] { ++out->finishedCount; });
    return out;
}

// Waits until a watched job has ended (or 20 s) and says how it ended.
template<typename T> Outcome<T> wait(const std::shared_ptr<Outcome<T>> &out, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([out] { return out->finishedCount > 0; }, timeoutMs))
        qWarning("the job did not finish within %d ms", timeoutMs);
    QTest::qWait(0); // let anything late arrive, to catch a second ending
    return *out;
}

// Runs one job to its end.
template<typename T, typename JobT> Outcome<T> await(JobT *job, int timeoutMs = 20000)
{
    return wait(watch<T>(job), timeoutMs);
}

} // namespace testing
