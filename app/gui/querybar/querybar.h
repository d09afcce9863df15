#pragma once
// QueryBar: the row of controls that says what the dashboard shows: whose
// usage, at which scale, over which days, and the Refresh button. It keeps the
// query its controls say as one value and emits it whole whenever a control
// changes it; nobody reads its controls back to build a query. A preset chosen may
// bring another scale with it: ScaleRule, in lib, says which.

#include "dashboardquery.h"
#include "scalerule.h"

#include <QCalendar>
#include <QDate>
#include <QWidget>

#include <functional>

class QAction;
class QToolButton;

namespace geobox {

class RangeSelector;
class ResourcePicker;
class ScaleSelector;

class QueryBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryBar)

public:
    QueryBar(QAction *refresh, std::function<QDate()> today, QWidget *parent = nullptr);

    // The query the controls say (no resource until an account is listed).
    DashboardQuery query() const { return m_query; }
    bool hasResource() const
    {
        return m_query.resource.kind == Resource::Kind::ApiKey
                   ? !m_query.resource.keySecret.isEmpty()
                   : m_query.resource.userId > 0;
    }
    // The range's preset (Custom for days picked by hand).
    RangePreset preset() const;

    // Each sets its part of the query and emits queryChanged when the query changed.
    void setScale(Scale scale);
    void setRange(RangePreset preset, const DateRange &custom = {});
    // The rule that picks the scale a chosen preset brings (DashboardState::scaleRule()):
    // told of every preset chosen and scale picked here, and followed. Null: none. It must
    // outlive this bar.
    void followScaleRule(ScaleRule *rule) { m_scaleRule = rule; }
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    // A preset's days for a new today, or in another calendar.
    void updateToday();
    void setCalendar(const QCalendar &calendar);
    // Lists the account and its keys and selects `preferred` (a Resource::settingsId()) if
    // it is listed, else keeps the choice.
    void setAccount(const User &me, const QList<ApiKey> &keys, const QString &preferred = {});
    // Adds another user and selects it.
    void addOtherUser(const User &user);
    // Nothing listed: the placeholder, and no resource in the query (nothing is emitted).
    void clearAccount(const QString &placeholder);
    // Why the query was refused, said under the range; empty: the range in words again.
    void showProblem(const QString &problem);

    ResourcePicker *resourcePicker() const { return m_resources; }
    ScaleSelector *scaleSelector() const { return m_scale; }
    RangeSelector *rangeSelector() const { return m_range; }
    QToolButton *refreshButton() const { return m_refresh; }

Q_SIGNALS:
    void queryChanged(const geobox::DashboardQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void change(const DashboardQuery &next);
    void resourceListed();

    DashboardQuery m_query;
    ScaleRule *m_scaleRule = nullptr;

    ResourcePicker *m_resources = nullptr;
    ScaleSelector *m_scale = nullptr;
    RangeSelector *m_range = nullptr;
    QToolButton *m_refresh = nullptr;
};

} // namespace geobox
