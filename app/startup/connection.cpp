#include "connection.h"

#include "demoserver.h"
#include "historyoptions.h"
#include "historystore.h"
#include "startup.h"

namespace geobox::startup {

namespace {

// The translation context of this file's texts; lupdate reads it here (the command
// line's, as in startup.cpp).
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli)
};

} // namespace

Connection::Connection() = default;

Connection::~Connection()
{
    m_client.reset();
    m_demo.reset();
    m_history.reset();
}

std::optional<int> Connection::open(const QCommandLineParser &parser)
{
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo && parser.isSet(QStringLiteral("server"))) {
        printError(ConnectionText::tr("--demo and --server cannot be used together."));
        return ExitUsage;
    }
    ClientConfig config;
    if (!applyConnectionOptions(parser, m_preferences, &config))
        return ExitUsage;
    HistoryChoice history;
    if (!historyChoice(parser, m_preferences, &history))
        return ExitUsage;

    if (demo) {
        m_demo = std::make_unique<DemoServer>();
        QString why;
        if (!m_demo->start(&why)) {
            printError(why);
            return ExitService;
        }
        config.host = m_demo->url();
    }
    m_client = std::make_unique<UsageClient>(&m_network, config);
    if (m_demo)
        m_client->setCredentials(Credentials::apiKey(m_demo->apiKey()));
    else
        m_history = openHistory(history);
    return std::nullopt;
}

} // namespace geobox::startup
