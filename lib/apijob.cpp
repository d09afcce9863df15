#include "apijob.h"

#include "usageclient.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

namespace geobox {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct ApiJobText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::ApiJob)
};

// Qt's own errorString() quotes the whole URL, API key included: say it in our words.
QString networkErrorText(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiJobText::tr("The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
        return ApiJobText::tr("The server closed the connection before the answer was complete.");
    case QNetworkReply::HostNotFoundError:
        return ApiJobText::tr("The server's name could not be found.");
    case QNetworkReply::TimeoutError:
        return ApiJobText::tr("The connection timed out.");
    case QNetworkReply::SslHandshakeFailedError:
        return ApiJobText::tr("The secure connection (TLS) could not be set up.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return ApiJobText::tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiJobText::tr("The proxy could not be used.");
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolUnknownError:
        return ApiJobText::tr("The server's answer broke the HTTP protocol.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return ApiJobText::tr("The server redirected in a way that is not followed.");
    default:
        return ApiJobText::tr("The connection failed (network error %1).")
            .arg(static_cast<int>(code));
    }
}

} // namespace

ApiJob::ApiJob(UsageClient *client, const QString &endpoint)
    : QObject(client)
    , m_client(client)
    , m_endpoint(endpoint)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
    m_retryTimer.setSingleShot(true);
    // Precise: a coarse timer may fire 5% early, i.e. before the Retry-After the server asked for.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendNow);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

UsageClient *ApiJob::client() const
{
    return m_client;
}

void ApiJob::startLater(Request request, std::optional<ApiError> validation)
{
    m_request = std::move(request);
    QMetaObject::invokeMethod(
        this,
        [this, validation = std::move(validation)] {
            if (m_finished)
                return;
            if (validation) {
                fail(*validation);
                return;
            }
            m_started = true;
            if (!m_request.authenticated || m_client->readyToSend(this))
                sendNow();
        },
        Qt::QueuedConnection);
}

void ApiJob::sendNext(Request request)
{
    m_request = std::move(request);
    sendNow();
}

void ApiJob::sendNow()
{
    if (m_finished)
        return;
    if (!m_client) {
        fail(ApiError(ApiError::Kind::Cancelled, ApiJobText::tr("The client was closed.")));
        return;
    }
    m_body.clear();
    m_status = 0;
    m_ending = false;
    m_stop = Stop::None;
    m_redirectTarget.clear();
    m_tlsErrors.clear();

    std::optional<ApiError> refusal;
    QNetworkReply *reply = m_client->send(m_request, &refusal);
    if (!reply) {
        fail(refusal.value_or(
            ApiError(ApiError::Kind::Network, ApiJobText::tr("Nothing was sent."))));
        return;
    }
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced =
            m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() : 0;
        if (m_reply && m_client && announced > m_client->config().maxBodyBytes) {
            m_stop = Stop::TooLarge;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        if (!m_reply || !m_client)
            return;
        if (m_client->redirectAllowed(m_reply->url(), target)) {
            Q_EMIT m_reply->redirectAllowed();
        } else {
            m_stop = Stop::RedirectRefused;
            m_redirectTarget = target.host();
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    m_timeout.start(m_client->config().timeout);
}

void ApiJob::abort()
{
    // Once the answer is in, the job is ending: an abort from a handler of its own
    // `succeeded` or `failed` must not end it a second time.
    if (m_finished || m_ending)
        return;
    if (m_reply) {
        m_stop = Stop::Aborted;
        // onFinished reports it; a reply whose answer is in but not yet delivered just
        // has its answer ignored.
        if (m_reply->isRunning() && m_reply->error() == QNetworkReply::NoError)
            m_reply->abort();
        return;
    }
    fail(ApiError(ApiError::Kind::Cancelled, ApiJobText::tr("The request was cancelled.")));
}

void ApiJob::authenticationFailed(const ApiError &error)
{
    fail(error);
}

void ApiJob::onReadyRead()
{
    if (!m_reply || !m_client)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_client->config().maxBodyBytes) {
        m_stop = Stop::TooLarge;
        m_reply->abort();
    }
}

void ApiJob::onTimeout()
{
    if (m_reply && m_reply->isRunning()) {
        m_stop = Stop::TimedOut;
        m_reply->abort();
    }
}

void ApiJob::onFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_ending = true;
    reply->deleteLater();
    if (m_stop == Stop::None && reply->bytesAvailable() > 0)
        m_body += reply->readAll();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 limit = m_client ? m_client->config().maxBodyBytes : 0;
    switch (m_stop) {
    case Stop::Aborted:
        fail(ApiError(ApiError::Kind::Cancelled, ApiJobText::tr("The request was cancelled.")));
        return;
    case Stop::TimedOut:
        failOrRetry(ApiError(
            ApiError::Kind::Timeout,
            ApiJobText::tr("No complete answer within %1 s.")
                .arg(QLocale().toString(
                    static_cast<double>(m_client ? m_client->config().timeout.count() : 0) / 1000.0,
                    'g', 3))));
        return;
    case Stop::TooLarge:
        fail(ApiError::badResponse(
            ApiJobText::tr("The answer is larger than %1; reading stopped there.")
                .arg(QLocale().formattedDataSize(limit)),
            status));
        return;
    case Stop::RedirectRefused:
        fail(ApiError(
            ApiError::Kind::HttpStatus,
            ApiJobText::tr("The server redirected to %1; the redirect was not followed, so "
                           "no credentials went there.")
                .arg(m_redirectTarget),
            status));
        return;
    case Stop::None:
        break;
    }

    const QNetworkReply::NetworkError netError = reply->error();
    if (status == 0 || (netError != QNetworkReply::NoError && status >= 200 && status < 300)) {
        // No status line at all, or a 2xx cut off before its end.
        QString text = networkErrorText(
            netError == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : netError);
        if (!m_tlsErrors.isEmpty())
            text += QLatin1Char(' ') + m_tlsErrors;
        fail(ApiError(ApiError::Kind::Network, text, status));
        return;
    }
    if (status < 200 || status > 299) {
        failOrRetry(ApiError::fromHttpStatus(status, m_body, reply->rawHeader("Retry-After")));
        return;
    }
    const QByteArray contentType =
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (!contentType.startsWith("application/json")) {
        fail(ApiError::badResponse(ApiJobText::tr("The server answered with \"%1\", not JSON.")
                                       .arg(contentType.isEmpty()
                                                ? ApiJobText::tr("no content type")
                                                : QString::fromLatin1(contentType.left(80))),
                                   status));
        return;
    }
    m_status = status;
    handleSuccess(m_body);
}

void ApiJob::failOrRetry(ApiError error)
{
    const bool worthAnotherTry =
        error.kind() == ApiError::Kind::Timeout || error.kind() == ApiError::Kind::RateLimited ||
        (error.kind() == ApiError::Kind::Server && error.httpStatus() == 503);
    // POST usage/update (and sign-in) are never sent twice on our own.
    if (m_client && worthAnotherTry && m_request.method == "GET" &&
        m_retries < m_client->config().retry.maxRetries) {
        const std::optional<std::chrono::milliseconds> delay =
            retryDelay(m_client->config().retry, m_retries, error.retryAfter(),
                       QRandomGenerator::global()->generateDouble());
        if (delay) {
            ++m_retries;
            m_ending = false;
            error.setEndpoint(m_endpoint);
            m_retryTimer.start(*delay);
            Q_EMIT retrying(m_retries, *delay, error);
            return;
        }
    }
    fail(std::move(error));
}

void ApiJob::fail(ApiError error)
{
    if (m_finished)
        return;
    m_ending = true;
    error.setEndpoint(m_endpoint);
    if (error.httpStatus() == 0 && m_status > 0)
        error.setHttpStatus(m_status); // a 2xx whose body was wrong
    m_error = adjustError(std::move(error));
    Q_EMIT failed(*m_error);
    finish();
}

void ApiJob::succeed()
{
    finish();
}

void ApiJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace geobox
