#pragma once
// DashboardActions: the window's commands as actions, with their words and
// shortcuts, so the menus, the buttons and the keyboard share them: Export CSV
// (Ctrl+E), Settings (Ctrl+,), Quit (Ctrl+Q), Refresh (F5), Stop Loading (Esc),
// Earlier and Later Period (Alt+Left, Alt+Right), Chart and Table (Ctrl+Shift+C,
// Ctrl+Shift+T), By Key (Ctrl+Shift+K), Keyboard Shortcuts (F1, Ctrl+/), About (Ctrl+Shift+A).
// Every command in the menus has a shortcut; Help › Keyboard Shortcuts lists them.

#include <QList>
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
    // The account broken down by API key (Ctrl+Shift+K).
    QAction *byKey() const { return m_byKey; }
    QAction *forecast() const { return m_forecast; }
    // The range moved back or forward by its own length.
    QAction *earlier() const { return m_earlier; }
    QAction *later() const { return m_later; }
    QAction *shortcuts() const { return m_shortcuts; }
    QAction *about() const { return m_about; }

    // What the menus hold besides these actions.
    struct MenuActions
    {
        QList<QAction *> image;   // File: Save Chart as PNG…, Copy Chart as Image
        QList<QAction *> scales;  // View: Hour … Month
        QList<QAction *> compare; // View: the comparison toggle (none, previous, last year)
        QList<QAction *> account; // Account (no menu when empty)
        bool settings = false;    // File: Settings…
    };
    // File, View, Account (when there are account actions), Help.
    void addMenus(QMenuBar *bar, const MenuActions &more) const;
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
    QAction *m_byKey = nullptr;
    QAction *m_forecast = nullptr;
    QAction *m_earlier = nullptr;
    QAction *m_later = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace geobox
