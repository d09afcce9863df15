#include "clisession.h"

#include "credentialstore.h"
#include "language.h"
#include "networkpolicy.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>

namespace geobox::cli {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli)
};

} // namespace

void printError(const QString &message)
{
    QString line = message.simplified();
    std::fprintf(stderr, "geobox-usage: %s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
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

CliSession::CliSession() = default;

CliSession::~CliSession()
{
    m_client.reset();
    m_demo.reset();
}

void CliSession::addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("demo"),
                      CliText::tr("Use the built-in demo server (made-up data, no account).")});
    parser.addOption({QStringLiteral("server"),
                      CliText::tr("The Geobox server (default https://api.geobox.ir)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("timeout"),
                      CliText::tr("Seconds to wait for each answer (default 30)."),
                      QStringLiteral("seconds")});
}

std::optional<int> CliSession::open(const QCommandLineParser &parser,
                                    const QProcessEnvironment &env)
{
    if (parser.isSet(QStringLiteral("demo")) && parser.isSet(QStringLiteral("server"))) {
        printError(CliText::tr("--demo and --server cannot be used together."));
        return ExitUsage;
    }
    ClientConfig config;
    if (!applyConnectionOptions(parser, m_settings, &config))
        return ExitUsage;

    Credentials credentials;
    if (parser.isSet(QStringLiteral("demo"))) {
        m_demo = std::make_unique<DemoServer>();
        QString why;
        if (!m_demo->start(&why)) {
            printError(why);
            return ExitService;
        }
        config.host = m_demo->url();
        credentials = Credentials::apiKey(m_demo->apiKey());
    } else {
        credentials = Credentials::fromEnvironment(env);
        if (credentials.isEmpty()) {
            // Then the keychain entry of whoever signed in to this server.
            const std::optional<int> failed = credentialsFromKeychain(config.host, &credentials);
            if (failed)
                return failed;
        }
    }
    m_client = std::make_unique<UsageClient>(&m_network, config);
    m_client->setCredentials(credentials);
    return std::nullopt;
}

std::optional<int> CliSession::credentialsFromKeychain(const QUrl &server, Credentials *credentials)
{
    const QString username = m_settings.account(server);
    const QString how =
        CliText::tr("set GEOBOX_APIKEY, GEOBOX_ACCESS_TOKEN, or GEOBOX_USERNAME and "
                    "GEOBOX_PASSWORD, or sign in with: geobox-usage login --server %1 "
                    "--apikey-stdin")
            .arg(server.toDisplayString());
    if (username.isEmpty()) {
        printError(CliText::tr("No credentials for %1: %2.").arg(server.host(), how));
        return ExitCredentials;
    }
    CredentialStore store;
    bool done = false;
    std::optional<KeychainError> error;
    store.read(server, username,
               [&](std::optional<Credentials> found, std::optional<KeychainError> e) {
                   if (found)
                       *credentials = *found;
                   error = std::move(e);
                   done = true;
               });
    waitUntil([&] { return done; });
    if (error) {
        printError(error->kind == KeychainError::Kind::NotFound
                       ? CliText::tr("No saved sign-in for %1 on %2: %3.")
                             .arg(username, server.host(), how)
                       : CliText::tr("%1 Or %2.").arg(error->message, how));
        return ExitCredentials;
    }
    return std::nullopt;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    // main() has already applied --lang; it is declared so that it parses and shows in --help.
    parser.addOption(Language::option());
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = ExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            CliText::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

bool applyConnectionOptions(const QCommandLineParser &parser, const Preferences &settings,
                            ClientConfig *config)
{
    config->host = settings.server();
    config->timeout = settings.timeout();
    config->serviceTimeZone = settings.serviceTimeZone();
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            printError(CliText::tr("--timeout takes a number of seconds between 0 and 3600."));
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

void waitUntil(const std::function<bool()> &done)
{
    // Sleeps until the next event (a reply, a timer) and looks again: no polling.
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace geobox::cli
