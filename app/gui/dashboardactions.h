#pragma once
// DashboardActions: the window's commands as actions, with their words and
// shortcuts, so the menus, the buttons and the keyboard share them: Export CSV
// (Ctrl+E), Settings (Ctrl+,), Quit (Ctrl+Q), Refresh (F5), Stop Loading (Esc),
// Chart and Table (Ctrl+Shift+C, Ctrl+Shift+T), About.

#include <QObject>

class QAction;
class QMenuBar;
class QWidget;

namespace geobox {

class DashboardActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardActions)

public:
    explicit DashboardActions(QObject *parent = nullptr);

    QAction *exportCsv() const { return m_export; }
    QAction *settings() const { return m_settings; }
    QAction *quit() const { return m_quit; }
    QAction *refresh() const { return m_refresh; }
    QAction *stop() const { return m_stop; }
    // Exclusive and checkable: which view of the data is on screen.
    QAction *chart() const { return m_chart; }
    QAction *table() const { return m_table; }
    QAction *about() const { return m_about; }

    // File (with Settings… when `settings`), View (with the scales), Account (when
    // there are account actions), Help.
    void addMenus(QMenuBar *bar, const QList<QAction *> &scales, const QList<QAction *> &account,
                  bool settings) const;
    // Help › About: the version, what the app shows, and the server.
    static void showAbout(QWidget *parent, const QString &server);

private:
    QAction *m_export = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_chart = nullptr;
    QAction *m_table = nullptr;
    QAction *m_about = nullptr;
};

} // namespace geobox
