#pragma once
// The seam through which the forecast and the spike rule read past hours of calls or traffic:
// today from the service (usage/api at hour scale through UsageClient); the local history
// store can answer the same question later without the forecast changing.

#include "apierror.h"
#include "usagetypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace geobox {

class UsageClient;
class UsageSeriesJob;

class HourlyHistory
{
public:
    // Exactly one of the two is set.
    using Done = std::function<void(const std::optional<UsageSeries> &hours,
                                    const std::optional<ApiError> &error)>;
    virtual ~HourlyHistory() = default;

    // The complete hourly series (zeros included) of `eid` (a user id for the account, or a
    // key's secret) from `from` to `to`; `done` is called once, later, never inside the call.
    virtual void hours(const QString &eid, Metric metric, const QDateTime &from,
                       const QDateTime &to, Done done) = 0;
    // Stops every answer not yet given: `done` is then never called.
    virtual void cancel() = 0;
};

// The hours from the service: one usage/api call at hour scale per question.
class ServiceHourlyHistory final : public HourlyHistory
{
public:
    explicit ServiceHourlyHistory(UsageClient *client);
    ~ServiceHourlyHistory() override;
    Q_DISABLE_COPY_MOVE(ServiceHourlyHistory)

    void hours(const QString &eid, Metric metric, const QDateTime &from, const QDateTime &to,
               Done done) override;
    void cancel() override;

private:
    QPointer<UsageClient> m_client;
    QList<QPointer<UsageSeriesJob>> m_jobs;
    // False once cancelled: the answers of the jobs asked before are then dropped.
    std::shared_ptr<bool> m_live = std::make_shared<bool>(true);
};

} // namespace geobox
