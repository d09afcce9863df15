#pragma once
// ShortcutsDialog: Help › Keyboard Shortcuts: every command in the window's
// menus with its keys, grouped by menu. The list is read from the menu bar's
// own actions each time it opens, so it cannot drift from the keys that work.

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QMenu;
class QMenuBar;
class QTreeWidget;

namespace geobox {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // One command of the menus: its menu ("View"), its words ("Refresh"), its keys
    // ("F5"), as the platform writes them.
    struct Entry
    {
        QString menu;
        QString command;
        QString keys;
        const QAction *action = nullptr;
    };

    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // The list on screen: a row per menu, a child row per command (command, keys).
    QTreeWidget *list() const { return m_list; }

    // Every visible command of the menus, in menu order (separators and submenus'
    // own entries left out; a submenu's commands under "Menu › Submenu").
    static QList<Entry> entries(const QMenuBar *menus);
    // An action's words without the mnemonic: "&Export CSV…" → "Export CSV…", "&&" → "&".
    static QString plainText(const QString &text);
    // A modifier as the list writes it in a combination: "Alt" (Persian "دگرساز").
    static QString modifierName(Qt::KeyboardModifier modifier);
    // All of an action's shortcuts in native text, "F1, Ctrl+/"; empty when it has none.
    static QString keysText(const QAction *action);

private:
    static void collect(const QMenu *menu, const QString &path, QList<Entry> &out);

    QTreeWidget *m_list = nullptr;
};

} // namespace geobox
