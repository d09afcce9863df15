// The History group of Settings with real widgets and a real history file: the choices
// are kept in Preferences, the size is the file's, and "Clear history…" clears only
// after the confirmation says so.

#include "dialogs/historysettings.h"
#include "dialogs/settingsdialog.h"
#include "flows/autorefresh.h"
#include "flows/settingsflow.h"
#include "historystore.h"
#include "preferences.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace geobox;

namespace {

const QDateTime kDay(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
const HistoryScope kScope{QStringLiteral("http://127.0.0.1:9"), 7};

// Answers the confirmation that is about to open with its button of `role`.
void answerConfirmation(QMessageBox::ButtonRole role, bool *seen)
{
    QTimer::singleShot(0, [role, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *seen = true;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

class TestHistorySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { Preferences().setHistoryEnabled(true); }
    void choicesAreKept();
    void clearAsksFirst();
    void withoutHistoryNothingToClear();
};

void TestHistorySettings::choicesAreKept()
{
    Preferences prefs;
    prefs.setHistoryPath({});
    prefs.setHistorySettleHours(48);
    SettingsDialog dialog(prefs, false, nullptr, HistoryStore::defaultPath(), 4096);
    HistorySettings *history = dialog.history();
    auto *enabled = history->findChild<QCheckBox *>(QStringLiteral("historyEnabled"));
    auto *settle = history->findChild<QSpinBox *>(QStringLiteral("historySettle"));
    auto *path = history->findChild<QLineEdit *>(QStringLiteral("historyPath"));
    auto *clear = history->findChild<QPushButton *>(QStringLiteral("historyClear"));
    QVERIFY(enabled && settle && path && clear);
    QVERIFY(enabled->isChecked());
    QCOMPARE(settle->value(), 48);
    QVERIFY(clear->text().contains(QLocale().formattedDataSize(4096)));
    enabled->setChecked(false);
    settle->setValue(12);
    path->setText(QStringLiteral("/srv/usage/history.sqlite"));
    dialog.save(prefs);
    Preferences again;
    QCOMPARE(again.historyEnabled(), false);
    QCOMPARE(again.historySettleHours(), 12);
    QCOMPARE(again.historyPath(), QStringLiteral("/srv/usage/history.sqlite"));
}

void TestHistorySettings::clearAsksFirst()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.storeSeries(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls,
                              {{kDay, kDay.addDays(1), 5}}, kDay, kDay.addDays(1),
                              kDay.addDays(9)));
    Preferences prefs;
    QWidget window;
    AutoRefresh refresh(&window);
    SettingsFlow flow(&prefs, nullptr, &refresh, false, &window);
    flow.setHistory(&store);
    window.show();
    flow.open();
    QVERIFY(flow.dialog());
    auto *clear =
        flow.dialog()->history()->findChild<QPushButton *>(QStringLiteral("historyClear"));
    QVERIFY(clear && clear->isEnabled());
    auto stored = [&] {
        return store
            .series(kScope, QStringLiteral("account"), Scale::Day, Metric::Calls, kDay,
                    kDay.addDays(1))
            .buckets.size();
    };

    bool seen = false;
    answerConfirmation(QMessageBox::RejectRole, &seen); // Cancel
    clear->click();
    QVERIFY(seen);
    QCOMPARE(stored(), 1); // nothing cleared without a yes

    seen = false;
    answerConfirmation(QMessageBox::DestructiveRole, &seen); // "Clear history"
    clear->click();
    QVERIFY(seen);
    QCOMPARE(stored(), 0);
    QVERIFY(store.isOpen());
    QVERIFY2(clear->text().contains(QLocale().formattedDataSize(store.sizeOnDisk())),
             qPrintable(clear->text()));
}

void TestHistorySettings::withoutHistoryNothingToClear()
{
    Preferences prefs;
    SettingsDialog dialog(prefs, false, nullptr, {}, -1);
    auto *clear = dialog.history()->findChild<QPushButton *>(QStringLiteral("historyClear"));
    QVERIFY(!clear->isEnabled());
    QCOMPARE(clear->text(), QStringLiteral("Not in use")); // never a zero for a size not had
}

QTEST_MAIN(TestHistorySettings)
#include "tst_historysettings.moc"
