#include "sandboxserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include "queryparams.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace sandbox {

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_data(m_options.seed, m_options.keyCount, m_options.now, m_options.timeZone,
             m_options.unattributedPercent)
    , m_api(m_options, m_data)
{
    m_data.setQuotaUse(m_options.quotaUse);
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listenOn(const QHostAddress &address, quint16 port)
{
    if (!m_options.tlsCertificateFile.isEmpty()) {
        QFile certFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return 0;
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return 0;
        sslSetup(certificate, key);
    }
    return listen(address, port);
}

bool SandboxServer::addFault(const QString &rule, QString *error)
{
    std::optional<FaultRule> fault = FaultRule::parse(rule, error);
    if (!fault)
        return false;
    m_faults.append(*fault);
    return true;
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return m_requests;
}

void SandboxServer::clearRequests()
{
    m_requests.clear();
}

int SandboxServer::requestCount(const QString &path) const
{
    const QString wanted = FaultRule::normalisedPath(path);
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        if (FaultRule::normalisedPath(request.path) == wanted)
            ++count;
    }
    return count;
}

void SandboxServer::setQuotaUse(std::optional<double> percent)
{
    m_data.setQuotaUse(percent);
}

const SandboxData &SandboxServer::data() const
{
    return m_data;
}

const SandboxOptions &SandboxServer::options() const
{
    return m_options;
}

RecordedRequest SandboxServer::record(const QHttpServerRequest &request)
{
    RecordedRequest recorded;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    recorded.method = QByteArray(methods.valueToKey(static_cast<int>(request.method()))).toUpper();
    const QUrl url = request.url();
    const QString path = url.path();
    recorded.path = path.startsWith(QStringLiteral("/v1/")) ? path.mid(4) : path;
    recorded.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    recorded.headers = request.headers();
    recorded.body = request.body();
    return recorded;
}

std::optional<FaultRule> SandboxServer::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &fault = m_faults[i];
        if (!fault.matches(path))
            continue;
        const FaultRule taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RecordedRequest recorded = record(request);
    m_requests.append(recorded);
    std::optional<FaultRule> fault = takeFault(recorded.path);

    int delayMs = m_options.latencyMs;
    if (fault && fault->action == FaultRule::Action::Delay)
        delayMs += fault->delayMs;

    const bool hold = fault && fault->action == FaultRule::Action::Hold;
    if (delayMs <= 0 && !hold) {
        QHttpServerResponder responder = makeResponder(request, socket);
        answer(socket, responder, recorded, fault);
        return true;
    }

    // Keep the responder until the timer fires or the test releases it; the socket may be
    // gone by then.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    auto later = [this, guard, responder, recorded, fault]() {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        answer(guard.data(), *responder, recorded, fault);
    };
    if (hold) {
        m_held.push_back(std::move(later));
        return true;
    }
    // Precise: a delay is a promise that no answer comes sooner (a coarse timer fires up to
    // 5% early).
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, std::move(later));
    return true;
}

void SandboxServer::releaseHeld()
{
    std::vector<std::function<void()>> held;
    held.swap(m_held);
    for (const auto &answerNow : held)
        answerNow();
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, HttpAnswer::detail(404, QStringLiteral("Not Found")));
}

void SandboxServer::answer(QTcpSocket *socket, QHttpServerResponder &responder,
                           const RecordedRequest &request, const std::optional<FaultRule> &fault)
{
    if (fault && fault->action == FaultRule::Action::Drop) {
        log(request, QByteArrayLiteral("dropped"), fault);
        socket->abort();
        return;
    }
    if (fault && fault->action == FaultRule::Action::Truncate) {
        log(request, QByteArrayLiteral("200 truncated"), fault);
        writeTruncated(socket);
        return;
    }
    const bool faulty = fault && fault->action != FaultRule::Action::Delay &&
                        fault->action != FaultRule::Action::Hold;
    const HttpAnswer reply = faulty ? faultAnswer(*fault) : m_api.handle(request);
    log(request, QByteArray::number(reply.status), fault);
    write(responder, reply);
    if (request.header(QByteArrayLiteral("connection")).compare("close", Qt::CaseInsensitive) == 0)
        socket->disconnectFromHost();
}

HttpAnswer SandboxServer::faultAnswer(const FaultRule &fault)
{
    switch (fault.action) {
    case FaultRule::Action::Status: {
        HttpAnswer reply =
            fault.status == 422
                ? HttpAnswer::unprocessable({HttpAnswer::validationIssue(
                      QStringLiteral("query"), {}, QStringLiteral("injected validation fault"),
                      QStringLiteral("value_error"))})
                : HttpAnswer::detail(fault.status,
                                     QString::fromLatin1(HttpAnswer::reasonPhrase(fault.status)));
        if (fault.status == 429 || fault.status == 503)
            reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        return reply;
    }
    case FaultRule::Action::Malformed:
        return HttpAnswer::json(200, QByteArrayLiteral("[[\"2025-07-07T00:00:00\", 21], [\"20"));
    case FaultRule::Action::Html: {
        HttpAnswer reply = HttpAnswer::json(
            502, QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                   "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                   "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));
        reply.contentType = QByteArrayLiteral("text/html");
        return reply;
    }
    case FaultRule::Action::Body:
        return HttpAnswer::json(200, fault.text);
    case FaultRule::Action::Redirect: {
        HttpAnswer reply = HttpAnswer::json(307, {});
        reply.headers.append({QByteArrayLiteral("Location"), fault.text});
        return reply;
    }
    case FaultRule::Action::Delay:
    case FaultRule::Action::Hold:
    case FaultRule::Action::Truncate:
    case FaultRule::Action::Drop:
        break;
    }
    return HttpAnswer::detail(500, QStringLiteral("Internal Server Error"));
}

void SandboxServer::write(QHttpServerResponder &responder, const HttpAnswer &answer)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), answer.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(answer.body.size()));
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeBody(answer.body);
}

void SandboxServer::writeTruncated(QTcpSocket *socket)
{
    // Announce a whole JSON series, send half of it, then close the connection.
    QList<QByteArray> pairs;
    for (int day = 1; day <= 28; ++day)
        pairs.append("[\"2025-02-" + QByteArray::number(day).rightJustified(2, '0') +
                     "T00:00:00\", " + QByteArray::number(day * 37) + ']');
    const QByteArray body = '[' + pairs.join(", ") + ']';
    QByteArray raw = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    raw += body.left(body.size() / 2);
    socket->write(raw);
    socket->disconnectFromHost();
}

void SandboxServer::log(const RecordedRequest &request, const QByteArray &outcome,
                        const std::optional<FaultRule> &fault) const
{
    if (!m_options.verbose)
        return;
    // Never the apikey value nor any Authorization header value.
    QByteArray line = QDateTime::currentDateTimeUtc()
                          .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
                          .toLatin1();
    line += ' ' + request.method + ' ';
    line += request.path.startsWith(QLatin1Char('/')) ? request.path.toUtf8()
                                                      : "/v1/" + request.path.toUtf8();
    if (!request.rawQuery.isEmpty())
        line += '?' + QueryParams::redacted(request.rawQuery, QByteArrayLiteral("apikey"),
                                            QByteArrayLiteral("REDACTED"));
    line += " -> " + outcome;
    if (fault)
        line += " (fault " + fault->spec.section(QLatin1Char('='), 1).toUtf8() + ')';
    line += '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

} // namespace sandbox
