#pragma once
// ScaleSelector: the bucket size of the charts (Hour, Day, Week, Month) as
// exclusive actions with Ctrl+1..4, shown as a segmented control.

#include "usagetypes.h"

#include <QList>
#include <QWidget>

class QAction;
class QActionGroup;

namespace geobox {

class ScaleSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleSelector)

public:
    explicit ScaleSelector(QWidget *parent = nullptr);

    Scale scale() const;
    // Checks the scale's action without signalling.
    void setScale(Scale scale);
    // Hour, Day, Week, Month, for the View menu.
    QList<QAction *> actions() const { return m_actions; }

Q_SIGNALS:
    // The user picked another scale.
    void scaleChanged(geobox::Scale scale);

private:
    QActionGroup *m_group = nullptr;
    QList<QAction *> m_actions;
    Scale m_current = Scale::Day;
};

} // namespace geobox
