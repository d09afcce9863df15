#pragma once

// The sandbox HTTP server: a local stand-in for the Geobox usage API (/v1/...) that records
// every request and can inject faults. Usable in-process by tests or from geobox-sandbox.

#include "faultrule.h"
#include "httpanswer.h"
#include "recordedrequest.h"
#include "sandboxapi.h"
#include "sandboxdata.h"
#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

class QHttpServerResponder;
class QTcpSocket;

namespace sandbox {

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Returns the port it listens on (the chosen one for port 0), or 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);

    // "PATH=ACTION[#N]", the syntax of --fault; false (and *error) for a bad rule.
    bool addFault(const QString &rule, QString *error = nullptr);
    void clearFaults();

    // Everything received, in order.
    QList<RecordedRequest> requests() const;
    void clearRequests();
    // Requests to that path (as after /v1/, with or without the trailing slash).
    int requestCount(const QString &path) const;

    // Answers that a `hold` fault keeps back, oldest first; releaseHeld() sends them (to the
    // clients still connected). A test waits for heldCount() instead of guessing a delay.
    int heldCount() const { return int(m_held.size()); }
    void releaseHeld();
    // --quota-use, changed while serving (tests): see SandboxData::setQuotaUse.
    void setQuotaUse(std::optional<double> percent);
    const SandboxData &data() const;
    const SandboxOptions &options() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static RecordedRequest record(const QHttpServerRequest &request);
    std::optional<FaultRule> takeFault(const QString &path);
    void answer(QTcpSocket *socket, QHttpServerResponder &responder, const RecordedRequest &request,
                const std::optional<FaultRule> &fault);
    static HttpAnswer faultAnswer(const FaultRule &fault);
    static void write(QHttpServerResponder &responder, const HttpAnswer &answer);
    static void writeTruncated(QTcpSocket *socket);
    void log(const RecordedRequest &request, const QByteArray &outcome,
             const std::optional<FaultRule> &fault) const;

    SandboxOptions m_options;
    SandboxData m_data;
    SandboxApi m_api;
    QList<FaultRule> m_faults;
    QList<RecordedRequest> m_requests;
    std::vector<std::function<void()>> m_held;
};

} // namespace sandbox
