#pragma once
// HistorySeriesSource: the breakdown's series read through the history store the dashboard
// state reads through: each key's series comes from the store at once where it covers the
// days, and only what the store lacks or holds as not final is asked (HistorySeriesJob),
// so a second look at a breakdown costs almost nothing. Without an open store, or before
// the account is known (no history scope), it asks the service as ClientSeriesSource does.

#include "seriessource.h"

#include <QPointer>

namespace geobox {

class DashboardState;

class HistorySeriesSource final : public SeriesSource
{
public:
    // The client, the store and whose history it is are the state's at each fetch.
    explicit HistorySeriesSource(DashboardState *state);
    SeriesFetch *fetch(const SeriesRequest &request) override;

private:
    QPointer<DashboardState> m_state;
};

} // namespace geobox
