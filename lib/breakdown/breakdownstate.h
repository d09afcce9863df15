#pragma once
// BreakdownState: the breakdown the window and the command line show: one BreakdownJob for
// the current query, an older query's job cancelled when a newer one starts (its answers
// never reach the result), the last complete result, and what is loading.

#include "breakdownjob.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace geobox {

class BreakdownState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownState)

public:
    // `source` must outlive the state.
    explicit BreakdownState(SeriesSource *source, QObject *parent = nullptr);
    ~BreakdownState() override;

    // Starts the breakdown of `request`, cancelling the one in flight. A request equal to the
    // one loading, or to the shown result's, starts nothing.
    void setRequest(const BreakdownRequest &request);
    // Stops the breakdown in flight; the last result stays.
    void cancel();

    bool isLoading() const { return m_job != nullptr; }
    // The job in flight (progress, limit), or nullptr.
    const BreakdownJob *job() const { return m_job.get(); }
    std::optional<BreakdownResult> result() const { return m_result; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(int done, int total);
    void resultChanged(const geobox::BreakdownResult &result);
    // The job in flight was cancelled (Esc, or cancel()); not sent for a newer query.
    void cancelled();

private:
    bool sameAsShown(const BreakdownRequest &request) const;

    SeriesSource *m_source = nullptr;
    std::unique_ptr<BreakdownJob> m_job;
    std::optional<BreakdownRequest> m_shownRequest;
    std::optional<BreakdownResult> m_result;
};

} // namespace geobox
