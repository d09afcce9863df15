#include "clisession.h"

#include "historystore.h"

#include "credentialstore.h"
#include "language.h"

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

CliSession::CliSession() = default;

CliSession::~CliSession() = default;

std::optional<int> CliSession::open(const QCommandLineParser &parser,
                                    const QProcessEnvironment &env)
{
    if (const std::optional<int> failed = m_connection.open(parser))
        return failed;
    if (HistoryStore *store = m_connection.history()) {
        const QString notice = store->takeNotice();
        if (!notice.isEmpty())
            printError(notice); // told once; the command works on without history
    }
    if (m_connection.isDemo())
        return std::nullopt; // the demo server's key is in the client
    Credentials credentials = Credentials::fromEnvironment(env);
    if (credentials.isEmpty()) {
        // Then the keychain entry of whoever signed in to this server.
        const std::optional<int> failed =
            credentialsFromKeychain(client()->config().host, &credentials);
        if (failed)
            return failed;
    }
    client()->setCredentials(credentials);
    return std::nullopt;
}

std::optional<int> CliSession::credentialsFromKeychain(const QUrl &server, Credentials *credentials)
{
    const QString username = m_connection.preferences().account(server);
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
        std::fputs(qPrintable(startup::helpText(parser, arguments.value(0))), stdout);
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

void waitUntil(const std::function<bool()> &done)
{
    // Sleeps until the next event (a reply, a timer) and looks again: no polling.
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace geobox::cli
