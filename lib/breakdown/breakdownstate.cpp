#include "breakdownstate.h"

namespace geobox {

namespace {

bool sameRequest(const BreakdownRequest &a, const BreakdownRequest &b)
{
    return a.account == b.account && a.keys == b.keys && a.plan == b.plan && a.calls == b.calls &&
           a.traffic == b.traffic;
}

} // namespace

BreakdownState::BreakdownState(SeriesSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{}

BreakdownState::~BreakdownState() = default;

bool BreakdownState::sameAsShown(const BreakdownRequest &request) const
{
    return m_shownRequest && sameRequest(*m_shownRequest, request);
}

void BreakdownState::setRequest(const BreakdownRequest &request)
{
    if (m_job && sameRequest(m_job->request(), request))
        return;
    if (!m_job && sameAsShown(request))
        return;
    const bool wasLoading = m_job != nullptr;
    // The older job goes first, with everything it has in flight: nothing of it can answer.
    m_job.reset();
    m_job = std::make_unique<BreakdownJob>(m_source, request);
    BreakdownJob *job = m_job.get();
    connect(job, &BreakdownJob::progress, this, &BreakdownState::progress);
    connect(job, &BreakdownJob::finished, this, [this, job](const BreakdownResult &result) {
        if (m_job.get() != job)
            return;
        m_shownRequest = job->request();
        m_result = result;
        m_job.release()->deleteLater();
        Q_EMIT loadingChanged(false);
        Q_EMIT resultChanged(result);
    });
    connect(job, &BreakdownJob::cancelled, this, [this, job] {
        if (m_job.get() != job)
            return;
        m_job.release()->deleteLater();
        Q_EMIT loadingChanged(false);
        Q_EMIT cancelled();
    });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    job->start();
}

void BreakdownState::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace geobox
