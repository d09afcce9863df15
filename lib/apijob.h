#pragma once
// ApiJob: one call to the Geobox API in flight. It owns its QNetworkReply, its
// timeout and its abort, and ends exactly once: with its subclass's typed
// `succeeded` signal or with `failed(ApiError)`, then `finished()`. A job
// deletes itself after `finished()`; keep a QPointer to abort it.

#include "apierror.h"
#include "wireformat.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace geobox {

class UsageClient;

class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    // Stops the call; the job then fails with ApiError::Kind::Cancelled.
    void abort();
    bool isFinished() const { return m_finished; }
    // Set once the job has failed.
    std::optional<ApiError> error() const { return m_error; }
    // The endpoint, relative to v1/, without its query: "usage/api".
    QString endpoint() const { return m_endpoint; }

    // Retries done so far (GETs only, after a 429, a 503 or a timeout).
    int retries() const { return m_retries; }

Q_SIGNALS:
    // A GET failed in a way worth another try; it is sent again after `delay`.
    void retrying(int retry, std::chrono::milliseconds delay, const geobox::ApiError &error);
    void failed(const geobox::ApiError &error);
    // After `succeeded` or `failed`, exactly once.
    void finished();

protected:
    struct Request
    {
        QByteArray method = "GET";
        QString path;     // relative to v1/
        QueryItems query; // in wire order; the client appends the API key last
        QByteArray body;  // for POST
        QByteArray contentType = "application/json";
        bool authenticated = true;
    };

    ApiJob(UsageClient *client, const QString &endpoint);

    // Checks `validation` (nothing is sent when it holds an error), then starts the
    // call on the next turn of the event loop, once the client's credentials are ready.
    void startLater(Request request, std::optional<ApiError> validation = std::nullopt);
    // Sends another request from handleSuccess (paging).
    void sendNext(Request request);
    // A 2xx answer with a JSON body arrived.
    virtual void handleSuccess(const QByteArray &body) = 0;
    // Errors of a subclass's own (e.g. sign-in maps some to Authentication).
    virtual ApiError adjustError(ApiError error) const { return error; }

    void fail(ApiError error);
    // fail(), unless the policy tries a GET again after a 429, a 503 or a timeout.
    void failOrRetry(ApiError error);
    // Call after emitting `succeeded`.
    void succeed();
    UsageClient *client() const;

private:
    friend class UsageClient;
    // Called by the client once credentials are ready (or right away).
    void sendNow();
    void authenticationFailed(const ApiError &error);
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finish();

    QPointer<UsageClient> m_client;
    QString m_endpoint;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_timeout;
    QTimer m_retryTimer;
    int m_retries = 0;
    std::optional<ApiError> m_error;
    enum class Stop
    {
        None,
        Aborted,
        TimedOut,
        TooLarge,
        RedirectRefused
    };
    Stop m_stop = Stop::None;
    QString m_redirectTarget;
    int m_status = 0; // of the answer being handled
    QString m_tlsErrors;
    bool m_started = false;
    bool m_ending = false; // the answer is in (or the job failed): no abort from here on
    bool m_finished = false;
};

} // namespace geobox
