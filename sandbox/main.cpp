// geobox-sandbox: runs the sandbox server (a local stand-in for the Geobox usage API) until
// SIGINT or SIGTERM. Prints "listening on http://HOST:PORT/" as its first line on stdout.

#include "sandboxdata.h"
#include "sandboxserver.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <optional>

namespace {

constexpr int kExitUsage = 2;

int usageError(const QString &message)
{
    std::fprintf(stderr, "geobox-sandbox: %s\n", qUtf8Printable(message));
    std::fprintf(stderr, "Try 'geobox-sandbox --help' for more information.\n");
    return kExitUsage;
}

std::optional<qint64> parseInteger(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// ISO 8601; without a zone it is UTC.
std::optional<QDateTime> parseNow(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t.toUTC();
}

// An IANA time zone id the system knows, e.g. Asia/Tehran or UTC.
std::optional<QTimeZone> parseTimeZone(const QString &text)
{
    const QByteArray id = text.toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return std::nullopt;
    const QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

QString urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
               : address.toString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("geobox-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GEOBOX_SANDBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for the Geobox usage API (/v1/...), with deterministic "
                       "seeded data and fault injection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 takes a free one."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated data (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("apikey"),
        QStringLiteral("Extra valid API key of the main (admin) user; repeatable."),
        QStringLiteral("key"));
    const QCommandLineOption viewerKeyOption(
        QStringLiteral("viewer-apikey"),
        QStringLiteral("API key that signs in as the second user (role Viewer)."),
        QStringLiteral("key"));
    const QCommandLineOption usernameOption(QStringLiteral("username"),
                                            QStringLiteral("User name valid for POST auth/token/."),
                                            QStringLiteral("name"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("Password valid for POST auth/token/."),
                                            QStringLiteral("password"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay added before every answer."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault, PATH=ACTION[#N]; repeatable. ACTION: status:CODE, "
                       "delay:MS, malformed, truncate, drop, html, hold (never answers), "
                       "body:TEXT, redirect:URL. "
                       "#N: only the next N matching requests."),
        QStringLiteral("rule"));
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        QStringLiteral("Number of API keys of the main user (default: from the seed, 3..12)."),
        QStringLiteral("n"));
    const QCommandLineOption unattributedOption(
        QStringLiteral("unattributed"),
        QStringLiteral("Percent of the account's usage that comes from no listed key (a token, "
                       "the web console, a deleted key), 0 to 90 (default 0)."),
        QStringLiteral("percent"), QStringLiteral("0"));
    const QCommandLineOption retentionOption(
        QStringLiteral("retention-days"),
        QStringLiteral("Leave out of usage/api every bucket older than N days, as a service "
                       "with limited retention would (default: keep all)."),
        QStringLiteral("n"));
    const QCommandLineOption nowOption(
        QStringLiteral("now"),
        QStringLiteral("Fixed clock, ISO 8601 (UTC if no zone), e.g. 2025-07-15T13:37:00Z."),
        QStringLiteral("time"));
    const QCommandLineOption timeZoneOption(
        QStringLiteral("time-zone"),
        QStringLiteral("The service's time zone, an IANA id (default UTC), e.g. Asia/Tehran: "
                       "buckets follow its clock (a day starts at its midnight), timestamps are "
                       "its local time and from_date/to_date are read in it."),
        QStringLiteral("zone"), QStringLiteral("UTC"));
    const QCommandLineOption allowRemoteOption(
        QStringLiteral("allow-remote"),
        QStringLiteral("Allow --host to be an address other than a loopback one."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("Log one line per request to stderr (API keys redacted)."));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (with --tls-key)."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The PEM private key for --tls-cert."),
                                          QStringLiteral("file"));
    const QCommandLineOption quotaUseOption(
        QStringLiteral("quota-use"),
        QStringLiteral("Set the plan's daily and monthly quotas so that today's and this "
                       "month's use stand at this share, e.g. 85 (more than 100: over quota)."),
        QStringLiteral("percent"));
    const QCommandLineOption listSpikesOption(
        QStringLiteral("list-spikes"),
        QStringLiteral("Print the hours the generator made into spikes of the main user for "
                       "the seed (one ISO 8601 hour a line, UTC, oldest first), and exit."));
    parser.addOptions({quotaUseOption, listSpikesOption});
    parser.addOptions({hostOption, portOption, seedOption, apiKeyOption, viewerKeyOption,
                       usernameOption, passwordOption, latencyOption, faultOption, keysOption,
                       unattributedOption, nowOption, timeZoneOption, allowRemoteOption,
                       verboseOption, tlsCertOption, tlsKeyOption});
    parser.addOption(retentionOption);

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().constFirst()));

    sandbox::SandboxOptions options;

    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(QStringLiteral("--seed must be a non-negative integer"));

    const std::optional<qint64> port = parseInteger(parser.value(portOption), 0, 65535);
    if (!port)
        return usageError(QStringLiteral("--port must be an integer from 0 to 65535"));

    const std::optional<qint64> latency = parseInteger(parser.value(latencyOption), 0, 600000);
    if (!latency)
        return usageError(QStringLiteral("--latency-ms must be an integer from 0 to 600000"));
    options.latencyMs = static_cast<int>(*latency);

    if (parser.isSet(keysOption)) {
        const std::optional<qint64> keys = parseInteger(parser.value(keysOption), 1, 1000);
        if (!keys)
            return usageError(QStringLiteral("--keys must be an integer from 1 to 1000"));
        options.keyCount = static_cast<int>(*keys);
    }

    const std::optional<qint64> unattributed =
        parseInteger(parser.value(unattributedOption), 0, 90);
    if (!unattributed)
        return usageError(QStringLiteral("--unattributed must be an integer from 0 to 90"));
    options.unattributedPercent = static_cast<int>(*unattributed);
    if (parser.isSet(retentionOption)) {
        const std::optional<qint64> days = parseInteger(parser.value(retentionOption), 1, 36600);
        if (!days)
            return usageError(
                QStringLiteral("--retention-days must be an integer from 1 to 36600"));
        options.retentionDays = static_cast<int>(*days);
    }

    if (parser.isSet(nowOption)) {
        options.now = parseNow(parser.value(nowOption));
        if (!options.now)
            return usageError(QStringLiteral("--now must be an ISO 8601 date and time, e.g. "
                                             "2025-07-15T13:37:00Z"));
    }

    if (parser.isSet(timeZoneOption)) {
        const std::optional<QTimeZone> zone = parseTimeZone(parser.value(timeZoneOption));
        if (!zone) {
            // One line: the value and what is expected.
            std::fprintf(stderr,
                         "geobox-sandbox: --time-zone \"%s\" is not a known IANA time zone id "
                         "(e.g. Asia/Tehran, Europe/Berlin, UTC)\n",
                         qUtf8Printable(parser.value(timeZoneOption)));
            return kExitUsage;
        }
        options.timeZone = *zone;
    }

    if (parser.isSet(quotaUseOption)) {
        bool ok = false;
        const double share = parser.value(quotaUseOption).toDouble(&ok);
        if (!ok || !(share > 0) || share > 100000)
            return usageError(QStringLiteral("--quota-use must be a number of percent above 0, "
                                             "e.g. 85"));
        options.quotaUse = share;
    }
    if (parser.isSet(listSpikesOption)) {
        const sandbox::SandboxData data(options.seed, options.keyCount, options.now,
                                        options.timeZone);
        for (const QDateTime &hour : data.spikeHours(data.mainUser().id))
            std::printf("%s\n", qUtf8Printable(hour.toString(Qt::ISODate)));
        return std::fflush(stdout) == 0 ? 0 : 1;
    }

    for (const QString &key : parser.values(apiKeyOption)) {
        if (key.isEmpty())
            return usageError(QStringLiteral("--apikey must not be empty"));
        options.apiKeys.append(key.toUtf8());
    }
    options.viewerApiKey = parser.value(viewerKeyOption).toUtf8();
    if (parser.isSet(usernameOption) != parser.isSet(passwordOption))
        return usageError(QStringLiteral("--username and --password go together"));
    options.username = parser.value(usernameOption);
    options.password = parser.value(passwordOption);
    options.verbose = parser.isSet(verboseOption);
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);

    const QString host = parser.value(hostOption);
    QHostAddress address;
    if (host == QStringLiteral("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return usageError(QStringLiteral("--host \"%1\" is not an IP address").arg(host));
    if (!address.isLoopback() && !parser.isSet(allowRemoteOption))
        return usageError(QStringLiteral("refusing to listen on %1: not a loopback address "
                                         "(pass --allow-remote to expose the sandbox)")
                              .arg(address.toString()));

    sandbox::SandboxServer server(options);
    for (const QString &rule : parser.values(faultOption)) {
        QString error;
        if (!server.addFault(rule, &error))
            return usageError(error);
    }

    sandbox::SignalWatcher watcher;
    if (!watcher.watch({SIGINT, SIGTERM})) {
        std::fprintf(stderr, "geobox-sandbox: cannot install signal handlers\n");
        return 1;
    }
    QObject::connect(&watcher, &sandbox::SignalWatcher::signalReceived, &app,
                     &QCoreApplication::quit);

    const quint16 boundPort = server.listenOn(address, static_cast<quint16>(*port));
    if (boundPort == 0) {
        std::fprintf(stderr, "geobox-sandbox: cannot listen on %s port %lld\n",
                     qUtf8Printable(address.toString()), static_cast<long long>(*port));
        return 1;
    }
    std::printf("listening on %s://%s:%u/\n",
                options.tlsCertificateFile.isEmpty() ? "http" : "https",
                qUtf8Printable(urlHost(address)), static_cast<unsigned>(boundPort));
    std::fflush(stdout);

    return QCoreApplication::exec();
}
