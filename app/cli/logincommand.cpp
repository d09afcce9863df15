#include "logincommand.h"

#include "clisession.h"
#include "credentialcheck.h"
#include "credentialstore.h"
#include "networkpolicy.h"
#include "preferences.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>
#include <iostream>
#include <string>

namespace geobox::cli {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct LoginText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::login)
};

void printLine(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

// The server from --server, else the one in the settings; nullopt (printed) when unusable.
std::optional<QUrl> serverOption(const QCommandLineParser &parser, const Preferences &settings)
{
    if (!parser.isSet(QStringLiteral("server")))
        return settings.server();
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
    if (std::optional<ApiError> refused = checkServerUrl(url)) {
        printError(refused->message());
        return std::nullopt;
    }
    return url;
}

} // namespace

int runLogin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LoginText::tr(
        "Sign in: the credentials are tried against the server, then the API key or an "
        "access token (never the password) is kept in the system keychain. The secret is "
        "read from standard input, so it stays out of the shell's history."));
    parser.addOption({QStringLiteral("server"),
                      LoginText::tr("The Geobox server (default: the one in the settings, else "
                                    "https://api.geobox.ir)."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("apikey-stdin"), LoginText::tr("Read an API key from standard input.")});
    parser.addOption({QStringLiteral("username"), LoginText::tr("Sign in with this user name."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("password-stdin"),
                      LoginText::tr("Read the password from standard input (with --username).")});
    parser.addOption({QStringLiteral("timeout"),
                      LoginText::tr("Seconds to wait for each answer (default 30)."),
                      QStringLiteral("seconds")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;

    const bool byKey = parser.isSet(QStringLiteral("apikey-stdin"));
    const bool byPassword =
        parser.isSet(QStringLiteral("username")) || parser.isSet(QStringLiteral("password-stdin"));
    if (byKey == byPassword || (byPassword && !(parser.isSet(QStringLiteral("username")) &&
                                                parser.isSet(QStringLiteral("password-stdin"))))) {
        printError(
            LoginText::tr("Use either --apikey-stdin, or --username NAME with --password-stdin."));
        return ExitUsage;
    }
    Preferences settings;
    ClientConfig config;
    if (!startup::applyConnectionOptions(parser, settings, &config))
        return ExitUsage;
    const std::optional<QUrl> server = config.host;

    std::string line;
    std::getline(std::cin, line);
    QString secret = QString::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    if (secret.isEmpty()) {
        printError(byKey ? LoginText::tr("No API key on standard input.")
                         : LoginText::tr("No password on standard input."));
        return ExitUsage;
    }
    const Credentials credentials =
        byKey ? Credentials::apiKey(secret)
              : Credentials::usernamePassword(parser.value(QStringLiteral("username")), secret);
    secret.fill(QLatin1Char('\0'));

    QNetworkAccessManager network;
    CredentialCheck check(&network, config);
    std::optional<User> user;
    Credentials keep;
    std::optional<ApiError> error;
    QObject::connect(&check, &CredentialCheck::succeeded, [&](const User &u, const Credentials &k) {
        user = u;
        keep = k;
    });
    QObject::connect(&check, &CredentialCheck::failed, [&](const ApiError &e) { error = e; });
    check.start(credentials);
    waitUntil([&] { return user.has_value() || error.has_value(); });
    if (error) {
        printError(error->message());
        return exitCodeFor(*error);
    }

    CredentialStore store;
    bool stored = false;
    std::optional<KeychainError> keychainError;
    store.write(*server, user->username, keep, [&](std::optional<KeychainError> e) {
        keychainError = std::move(e);
        stored = true;
    });
    waitUntil([&] { return stored; });
    if (keychainError) {
        printError(keychainError->kind == KeychainError::Kind::Unavailable
                       ? LoginText::tr(
                             "The system keychain is not available, so nothing was saved. "
                             "Set GEOBOX_APIKEY (or GEOBOX_ACCESS_TOKEN) for this shell instead.")
                       : keychainError->message);
        return ExitCredentials;
    }
    settings.setServer(*server);
    settings.setAccount(*server, user->username);
    settings.sync();
    printLine(LoginText::tr("Signed in to %1 as %2; the %3 is kept in the system keychain.")
                  .arg(server->toDisplayString(), user->username,
                       keep.kind() == Credentials::Kind::ApiKey ? LoginText::tr("API key")
                                                                : LoginText::tr("access token")));
    return ExitOk;
}

int runLogout(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LoginText::tr(
        "Sign out: remove the saved key or token for the server from the system keychain "
        "and forget the account."));
    parser.addOption({QStringLiteral("server"),
                      LoginText::tr("The Geobox server (default: the one in the settings)."),
                      QStringLiteral("url")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;
    Preferences settings;
    const std::optional<QUrl> server = serverOption(parser, settings);
    if (!server)
        return ExitUsage;
    const QString username = settings.account(*server);
    if (username.isEmpty()) {
        printLine(LoginText::tr("Not signed in to %1.").arg(server->toDisplayString()));
        return ExitOk;
    }
    CredentialStore store;
    bool done = false;
    std::optional<KeychainError> keychainError;
    store.remove(*server, username, [&](std::optional<KeychainError> e) {
        keychainError = std::move(e);
        done = true;
    });
    waitUntil([&] { return done; });
    if (keychainError) {
        printError(keychainError->message);
        return ExitCredentials;
    }
    settings.forgetAccount(*server);
    settings.sync();
    printLine(LoginText::tr("Signed out of %1 (%2).").arg(server->toDisplayString(), username));
    return ExitOk;
}

} // namespace geobox::cli
