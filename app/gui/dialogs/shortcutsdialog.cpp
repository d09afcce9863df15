#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace geobox {

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts – Geobox Usage"));

    auto *intro = new QLabel(tr("The commands of the menus and their &keys:"), this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    intro->setBuddy(m_list);

    QTreeWidgetItem *group = nullptr;
    QString groupName;
    for (const Entry &entry : entries(menus)) {
        if (!group || entry.menu != groupName) {
            groupName = entry.menu;
            group = new QTreeWidgetItem(m_list, {groupName});
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = m_list->font();
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group, {entry.command, entry.keys});
        // Read out as "Refresh, F5".
        item->setData(0, Qt::AccessibleTextRole, tr("%1, %2").arg(entry.command, entry.keys));
        item->setToolTip(0, entry.action ? entry.action->toolTip() : QString());
    }
    m_list->expandAll();
    if (m_list->topLevelItemCount() > 0 && m_list->topLevelItem(0)->childCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0)->child(0));

    // The keys are named as the list names them (Qt's own words, Persian ones under
    // Persian), so the note and the list never write the same key two ways.
    const auto key = [](QKeyCombination combination) {
        return QKeySequence(combination).toString(QKeySequence::NativeText);
    };
    auto *note = new QLabel(
        //: %1 Tab, %2 Shift+Tab, %3 Alt, %4 Shift+F10, %5 Left, %6 Right, each as the list of
        //: keys writes it.
        tr("%1 and %2 move between the controls; %3 with an underlined letter opens a menu or "
           "goes to a field. On a chart, the menu key or %4 opens its menu, and %5 and %6 move "
           "the picked bar along the time axis (the By key view explains the bar picked).")
            .arg(key(Qt::Key_Tab), key(Qt::SHIFT | Qt::Key_Tab), modifierName(Qt::AltModifier),
                 key(Qt::SHIFT | Qt::Key_F10), key(Qt::Key_Left), key(Qt::Key_Right)),
        this);
    note->setObjectName(QStringLiteral("shortcutsNote"));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 560);
    m_list->setFocus();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMenuBar *menus)
{
    QList<Entry> out;
    if (!menus)
        return out;
    for (const QAction *top : menus->actions()) {
        if (top->menu() && top->isVisible())
            collect(top->menu(), plainText(top->menu()->title()), out);
    }
    return out;
}

void ShortcutsDialog::collect(const QMenu *menu, const QString &path, QList<Entry> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu()) {
            collect(action->menu(), tr("%1 › %2").arg(path, plainText(action->menu()->title())),
                    out);
            continue;
        }
        out.append({path, plainText(action->text()), keysText(action), action});
    }
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            out += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
            out += QLatin1Char('&'); // "&&" is a literal ampersand
            ++i;
        }
    }
    return out;
}

QString ShortcutsDialog::modifierName(Qt::KeyboardModifier modifier)
{
    // Qt names a modifier only within a combination ("Alt+A"): take what comes before the key.
    QString text =
        QKeySequence(QKeyCombination(modifier, Qt::Key_A)).toString(QKeySequence::NativeText);
    if (text.endsWith(QLatin1Char('A')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('+')))
        text.chop(1);
    return text;
}

QString ShortcutsDialog::keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        if (!key.isEmpty())
            keys.append(key.toString(QKeySequence::NativeText));
    }
    return keys.join(tr(", "));
}

} // namespace geobox
