#pragma once
// The jobs of the usage endpoints: usage/api (a complete, gap-filled series),
// usage/process (seconds), usage/summary and usage/update (the 15 figures).

#include "apijob.h"
#include "usagerequest.h"
#include "usagetypes.h"

namespace geobox {

// GET usage/api. The series covers every bucket of the range, zeros where the service
// sent none; the running bucket is `running`; Week is rolled up from days as the range
// counts them (a cut week spans only the range's days). Month is the service's calendar
// months whole: for a range that cuts a month, use seriesParts() (DashboardState does).
class UsageSeriesJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageSeriesJob)

public:
    UsageSeriesJob(UsageClient *client, const ApiUsageRequest &request);
    const ApiUsageRequest &request() const { return m_request; }

Q_SIGNALS:
    void succeeded(const geobox::UsageSeries &series);

protected:
    void handleSuccess(const QByteArray &body) override;

private:
    ApiUsageRequest m_request;
    QDateTime m_now;
};

// GET usage/process: processing time in seconds.
class ProcessUsageJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessUsageJob)

public:
    ProcessUsageJob(UsageClient *client, const ProcessUsageRequest &request);

Q_SIGNALS:
    void succeeded(double seconds);

protected:
    void handleSuccess(const QByteArray &body) override;
};

// GET usage/summary, or POST usage/update (which recomputes, then answers the same).
class SummaryJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryJob)

public:
    enum class Mode
    {
        Read,
        Update
    };
    SummaryJob(UsageClient *client, Mode mode, std::optional<qint64> userId);

Q_SIGNALS:
    void succeeded(const geobox::UsageSummary &summary);

protected:
    void handleSuccess(const QByteArray &body) override;
};

} // namespace geobox
