#include "startup.h"

#include "historyoptions.h"

#include "networkpolicy.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace geobox::startup {

namespace {

// The translation context of this file's texts; lupdate reads it here. They were the
// command line's first, and keep its context so that their translations stay.
struct StartupText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli)
};

std::function<void(const QString &)> &errorSink()
{
    static std::function<void(const QString &)> sink;
    return sink;
}

} // namespace

void setErrorSink(std::function<void(const QString &)> sink)
{
    errorSink() = std::move(sink);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Geobox"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("geobox.ir"));
    QCoreApplication::setApplicationName(QStringLiteral("geobox-usage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GEOBOX_VERSION));
}

void printError(const QString &message)
{
    QString line = message.simplified();
    if (errorSink()) {
        errorSink()(line);
        return;
    }
    std::fprintf(stderr, "geobox-usage: %s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

QString helpText(const QCommandLineParser &parser, const QString &name)
{
    QString text = parser.helpText();
    // Qt writes the usage line with the program's first argument, often a whole path.
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, started.size(), name);
    return text;
}

int exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Authentication:
        return ExitCredentials;
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::InsecureUrl:
        return ExitUsage;
    default:
        return ExitService;
    }
}

void addConnectionOptions(QCommandLineParser &parser)
{
    addHistoryOptions(parser); // --history FILE, --no-history, --settle-hours N
    parser.addOption({QStringLiteral("demo"),
                      StartupText::tr("Use the built-in demo server (made-up data, no account).")});
    parser.addOption({QStringLiteral("server"),
                      StartupText::tr("The Geobox server (default https://api.geobox.ir)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("timeout"),
                      StartupText::tr("Seconds to wait for each answer (default 30)."),
                      QStringLiteral("seconds")});
}

bool applyConnectionOptions(const QCommandLineParser &parser, const Preferences &preferences,
                            ClientConfig *config)
{
    config->host = preferences.server();
    config->timeout = preferences.timeout();
    config->serviceTimeZone = preferences.serviceTimeZone();
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds >= 1 && seconds <= maxTimeoutSeconds)) {
            const QLocale locale;
            //: %1 the value given, %2 and %3 the bounds.
            printError(StartupText::tr("--timeout %1: give a number of seconds from %2 to %3.")
                           .arg(parser.value(QStringLiteral("timeout")), locale.toString(1),
                                locale.toString(maxTimeoutSeconds)));
            return false;
        }
        config->timeout = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    }
    if (parser.isSet(QStringLiteral("server"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
        if (std::optional<ApiError> refused = checkServerUrl(url)) {
            printError(refused->message());
            return false;
        }
        config->host = url;
    }
    return true;
}

} // namespace geobox::startup
