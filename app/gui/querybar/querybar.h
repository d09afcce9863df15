#pragma once
// QueryBar: the row of controls that says what the dashboard shows: whose
// usage, at which scale, over which days, and the Refresh button.

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

    ResourcePicker *resourcePicker() const { return m_resources; }
    ScaleSelector *scaleSelector() const { return m_scale; }
    RangeSelector *rangeSelector() const { return m_range; }
    QToolButton *refreshButton() const { return m_refresh; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    ResourcePicker *m_resources = nullptr;
    ScaleSelector *m_scale = nullptr;
    RangeSelector *m_range = nullptr;
    QToolButton *m_refresh = nullptr;
};

} // namespace geobox
