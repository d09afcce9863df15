#pragma once
// The one seam through which the breakdown gets a series: "the series of resource R at
// this scale and metric over these days". Today it is one usage/api call; the history
// store can answer it instead (from what it has, fetching only what is missing or not
// final) without the fan-out knowing.

#include "apierror.h"
#include "daterange.h"
#include "resource.h"
#include "usagetypes.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace geobox {

class UsageClient;
class UsageSeriesJob;

struct SeriesRequest
{
    Resource resource;
    Scale scale = Scale::Day; // Hour, Day or Month: the service's own scales
    Metric metric = Metric::Calls;
    DateRange days;
};

// One series on its way. Ends exactly once, with succeeded or failed, then deletes itself.
class SeriesFetch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesFetch)

public:
    ~SeriesFetch() override = default;
    // Stops it: it then fails with ApiError::Kind::Cancelled.
    virtual void abort() = 0;

Q_SIGNALS:
    void succeeded(const geobox::UsageSeries &series);
    void failed(const geobox::ApiError &error);
    // The service said "too many requests"; the fetch tries again after `wait` by itself.
    void rateLimited(std::chrono::milliseconds wait);

protected:
    explicit SeriesFetch(QObject *parent = nullptr)
        : QObject(parent)
    {}
};

class SeriesSource
{
public:
    SeriesSource() = default;
    virtual ~SeriesSource() = default;
    Q_DISABLE_COPY_MOVE(SeriesSource)

    // Starts getting the series; the fetch reports through its signals.
    virtual SeriesFetch *fetch(const SeriesRequest &request) = 0;
};

// The source that asks the service: one usage/api call per series.
class ClientSeriesSource final : public SeriesSource
{
public:
    explicit ClientSeriesSource(UsageClient *client);
    SeriesFetch *fetch(const SeriesRequest &request) override;

private:
    QPointer<UsageClient> m_client;
};

} // namespace geobox
