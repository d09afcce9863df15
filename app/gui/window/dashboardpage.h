#pragma once
// DashboardPage: the window's central area, top to bottom: the query bar, a
// notice, the error banner, what the snapshot says, and the Chart|Table switch
// beside the processing time.

#include "dashboardsnapshot.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace geobox {

class ErrorBanner;
class NoticeBanner;
class QueryBar;
class SnapshotView;

class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    // Takes the query bar in; views: the Chart and Table actions.
    DashboardPage(QueryBar *queryBar, const QList<QAction *> &views, QWidget *parent = nullptr);

    NoticeBanner *notice() const { return m_notice; }
    ErrorBanner *banner() const { return m_banner; }
    SnapshotView *content() const { return m_content; }

    void showSnapshot(const DashboardSnapshot &snapshot);
    // No data, no error on screen.
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    NoticeBanner *m_notice = nullptr;
    ErrorBanner *m_banner = nullptr;
    SnapshotView *m_content = nullptr;
    QLabel *m_processLabel = nullptr;
};

} // namespace geobox
