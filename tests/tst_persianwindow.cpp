// The dashboard window in Persian, as real widgets (offscreen) against geobox-sandbox
// over HTTP: every text on screen is Persian (the menus, labels, buttons, lists, table
// headers and cells, the charts' axes and tooltips and accessible names), numbers are
// written in Persian digits, the window is mirrored, and a screenshot is saved as
// artifacts/dashboard-fa.png. The Settings and Keyboard Shortcuts dialogs are read the same way.

#include "dashboardstate.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "language.h"
#include "preferences.h"
#include "sandboxfixture.h"
#include "settle.h"
#include "usageclient.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QValueAxis>

using namespace geobox;

namespace {

struct Text
{
    QString where;
    QString text;
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void collectMenu(const QMenu *menu, const QString &where, QList<Text> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        out->append({where + QStringLiteral(" › action"), action->text()});
        out->append({where + QStringLiteral(" › tooltip"), action->toolTip()});
        if (action->menu())
            collectMenu(action->menu(), where + QStringLiteral(" › ") + action->text(), out);
    }
}

void collectModel(const QAbstractItemModel *model, const QString &where, QList<Text> *out)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        out->append(
            {where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString()});
    for (int r = 0; r < std::min(model->rowCount(), 50); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            out->append({where + QStringLiteral(" cell"), index.data().toString()});
            out->append(
                {where + QStringLiteral(" cell tooltip"), index.data(Qt::ToolTipRole).toString()});
        }
    }
}

void collectChart(QChart *chart, const QString &where, QList<Text> *out)
{
    out->append({where + QStringLiteral(" title"), chart->title()});
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        out->append({where + QStringLiteral(" axis title"), axis->titleText()});
        if (auto *category = qobject_cast<QCategoryAxis *>(axis)) {
            for (const QString &label : category->categoriesLabels())
                out->append({where + QStringLiteral(" axis label"), label});
        } else if (const auto *value = qobject_cast<QValueAxis *>(axis)) {
            // Qt Charts writes a value axis's numbers itself: they follow the chart's locale.
            if (value->isVisible() && value->labelsVisible())
                out->append({where + QStringLiteral(" value axis locale"),
                             chart->localizeNumbers() ? chart->locale().toString(1234)
                                                      : QStringLiteral("1234")});
        }
    }
}

// Every text a user can see or hear in `root` and its children.
QList<Text> collect(QWidget *root, const QStringList &skipObjects)
{
    QList<Text> out;
    out.append({QStringLiteral("window title"), root->windowTitle()});
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || skipObjects.contains(w->objectName()))
            continue;
        const QString where =
            QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        out.append({where + QStringLiteral(" tooltip"), w->toolTip()});
        out.append({where + QStringLiteral(" accessible name"), w->accessibleName()});
        out.append({where + QStringLiteral(" accessible description"), w->accessibleDescription()});
        if (const auto *label = qobject_cast<QLabel *>(w))
            out.append({where, plain(label->text())});
        if (const auto *button = qobject_cast<QAbstractButton *>(w))
            out.append({where, button->text()});
        if (const auto *edit = qobject_cast<QLineEdit *>(w)) {
            out.append({where, edit->text()});
            out.append({where + QStringLiteral(" placeholder"), edit->placeholderText()});
        }
        if (const auto *box = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                out.append({where + QStringLiteral(" item"), box->itemText(i)});
        }
        if (const auto *view = qobject_cast<QAbstractItemView *>(w);
            view && !qobject_cast<QComboBox *>(w->parentWidget()))
            collectModel(view->model(), where, &out);
        if (const auto *chartView = qobject_cast<QChartView *>(w))
            collectChart(chartView->chart(), where, &out);
        if (const auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *action : bar->actions()) {
                out.append({QStringLiteral("menu bar"), action->text()});
                if (action->menu())
                    collectMenu(action->menu(), action->text(), &out);
            }
        }
    }
    return out;
}

} // namespace

class TestPersianWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyTextIsPersian();
    void numbersUsePersianDigits();
    void windowIsMirrored();
    void chartIsMirrored();
    void valueLabelsFitAtMinimumSize();
    void datesAreJalali();
    void dialogsArePersian();
    void noMiddleDot();
    void shortcutKeysAreWrittenOneWay();
    void weeksStartOnSaturday();
    void screenshot();

private:
    bool waitForData();
    // Texts that are data, not words of the app: key and user names, the server.
    QString withoutData(QString text) const;
    // "where: text" of each text with a Latin letter left once the data and the words
    // matching `untranslated` are taken out; *persian counts those with Persian letters.
    QStringList latinTexts(const QList<Text> &texts, const QRegularExpression &untranslated,
                           int *persian = nullptr) const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;
};

void TestPersianWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GeoboxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_persianwindow"));
    QSettings().clear();
    QVERIFY(Language::install(qApp, Language::localeFor(QStringLiteral("fa"))));
    QApplication::setLayoutDirection(QLocale().textDirection());
    QVERIFY(m_sandbox.start());

    ClientConfig config = m_sandbox.clientConfig();
    config.timeout = std::chrono::seconds(10);
    m_client = std::make_unique<UsageClient>(&m_network, config);
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_state = std::make_unique<DashboardState>(m_client.get());
    m_window = std::make_unique<MainWindow>(m_state.get(), m_sandbox.serverLabel(), false);
    m_window->resize(1280, 900);
    m_window->show();
    m_state->loadAccount();
    QVERIFY(waitForData());
    testing::settle(); // the charts lay out their axes
}

void TestPersianWindow::cleanupTestCase()
{
    m_window.reset();
    m_state.reset();
    m_client.reset();
}

bool TestPersianWindow::waitForData()
{
    return QTest::qWaitFor(
        [this] {
            const auto snapshot = m_state->snapshot();
            return !m_state->isLoading() && snapshot && snapshot->query == m_state->query();
        },
        20000);
}

QString TestPersianWindow::withoutData(QString text) const
{
    text.remove(m_sandbox.serverLabel());
    if (const auto user = m_state->user()) {
        for (const QString &s : {user->username, user->email, user->firstName, user->lastName})
            if (!s.isEmpty())
                text.remove(s);
    }
    if (const auto user = m_state->user(); user && user->plan) {
        for (const QString &s : {user->plan->name, user->plan->displayName})
            if (!s.isEmpty())
                text.remove(s);
    }
    // Keys of the keyboard: "Ctrl+E" reads "کنترل+E", "F5" stays F5.
    static const QRegularExpression shortcut(
        QStringLiteral("\\+(?:[A-Z0-9]|F\\d+)\\b|\\bF\\d+\\b"));
    text.remove(shortcut);
    const auto keys = m_state->apiKeys();
    for (const ApiKey &key : keys)
        text.remove(key.name);
    return text;
}

QStringList TestPersianWindow::latinTexts(const QList<Text> &texts,
                                          const QRegularExpression &untranslated,
                                          int *persian) const
{
    QStringList latin;
    for (const Text &t : texts) {
        QString rest = withoutData(t.text);
        rest.remove(untranslated);
        if (std::any_of(rest.cbegin(), rest.cend(),
                        [](QChar c) { return c.script() == QChar::Script_Latin; }))
            latin.append(t.where + QStringLiteral(": ") + t.text);
        if (persian && std::any_of(rest.cbegin(), rest.cend(),
                                   [](QChar c) { return c.script() == QChar::Script_Arabic; }))
            ++*persian;
    }
    return latin;
}

void TestPersianWindow::everyTextIsPersian()
{
    // Words that stay as they are in Persian too.
    static const QRegularExpression untranslated(
        QStringLiteral("\\b(API|CSV|JSON|PNG|png|HTTPS?|URL|UTC|GMT|F5)\\b"));
    const QList<Text> texts = collect(m_window.get(), {QStringLiteral("resourcePicker")});
    QVERIFY(texts.size() > 50);
    int persian = 0;
    const QStringList english = latinTexts(texts, untranslated, &persian);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    QVERIFY(persian > 40);
}

void TestPersianWindow::numbersUsePersianDigits()
{
    const QList<Text> texts = collect(m_window.get(), {QStringLiteral("resourcePicker")});
    static const QRegularExpression asciiDigit(QStringLiteral("[0-9]"));
    QStringList latinDigits;
    int persianNumbers = 0;
    for (const Text &t : texts) {
        const QString rest = withoutData(t.text);
        if (rest.contains(asciiDigit))
            latinDigits.append(t.where + QStringLiteral(": ") + t.text);
        if (std::any_of(rest.cbegin(), rest.cend(),
                        [](QChar c) { return c >= QChar(0x06F0) && c <= QChar(0x06F9); }))
            ++persianNumbers;
    }
    QVERIFY2(latinDigits.isEmpty(), qPrintable(latinDigits.join(QLatin1Char('\n'))));
    // The figures, the table's numbers, the axes: many texts carry numbers.
    QVERIFY(persianNumbers > 20);
}

void TestPersianWindow::windowIsMirrored()
{
    QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    auto *picker = m_window->findChild<QWidget *>(QStringLiteral("resourcePicker"));
    auto *refresh = m_window->findChild<QWidget *>(QStringLiteral("refreshButton"));
    QVERIFY(picker && refresh);
    // Left to right the picker comes first, on the left; mirrored it is on the right.
    const int pickerX = picker->mapTo(m_window.get(), QPoint(picker->width() / 2, 0)).x();
    const int refreshX = refresh->mapTo(m_window.get(), QPoint(refresh->width() / 2, 0)).x();
    QVERIFY2(pickerX > refreshX, qPrintable(QStringLiteral("%1 %2").arg(pickerX).arg(refreshX)));

    // The table's first column (the bucket's start) is on the right.
    auto *table = m_window->findChild<QAbstractItemView *>(QStringLiteral("usageTable"));
    QVERIFY(table);
    auto *view = qobject_cast<QTableView *>(table);
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->count() > 1);
    QVERIFY(header->sectionViewportPosition(0) > header->sectionViewportPosition(1));

    // Earlier Period points where the older days are: to the right.
    auto *earlier = m_window->findChild<QAction *>(QStringLiteral("earlierAction"));
    auto *later = m_window->findChild<QAction *>(QStringLiteral("laterAction"));
    QVERIFY(earlier && later);
    QCOMPARE(earlier->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
    QCOMPARE(later->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
}

void TestPersianWindow::chartIsMirrored()
{
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("trafficChart"));
    QVERIFY(view);
    const QList<QAbstractAxis *> time = view->chart()->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> values = view->chart()->axes(Qt::Vertical);
    QCOMPARE(time.size(), 1);
    QCOMPARE(values.size(), 1);
    QVERIFY(time.first()->isReverse());
    QCOMPARE(values.first()->alignment(), Qt::AlignRight);
    // The values stand right of the plot.
    QVERIFY(view->chart()->plotArea().right() < view->chart()->size().width() - 30);

    // Time runs from right to left: the newest bucket (today, still running) is at the left.
    QWidget *viewport = view->viewport();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const int x = qRound(view->chart()->plotArea().left()) + 4;
    QTest::mouseMove(viewport, QPoint(x, viewport->height() / 2));
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    const UsageRow last = m_state->snapshot()->rows.last();
    QVERIFY2(tip.contains(QLocale().toString(*last.calls)), qPrintable(tip));
    QVERIFY2(tip.contains(QCoreApplication::translate("ChartCaptions", "not finished")),
             qPrintable(tip));
    QTest::mouseMove(viewport, QPoint(viewport->width() / 2, 2));
}

void TestPersianWindow::valueLabelsFitAtMinimumSize()
{
    // At the window's minimum size the value labels stand right of the plot, near the
    // window's edge: each is written out whole (no "…") and ends inside its chart.
    const QSize before = m_window->size();
    const QSize smallest = m_window->minimumSize().expandedTo(m_window->minimumSizeHint());
    m_window->resize(smallest);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), smallest, 10000);
    // What is wrong with the labels now, or empty. Qt Charts lays the axes out after the
    // resize, a few posted events later: the check is waited for, as a state.
    const auto problems = [this] {
        QStringList out;
        for (const char *name : {"callsChart", "trafficChart"}) {
            auto *view = m_window->findChild<QChartView *>(QLatin1String(name));
            if (!view)
                return QStringList{QLatin1String(name) + QStringLiteral(": no chart")};
            auto *axis = static_cast<QCategoryAxis *>(view->chart()->axes(Qt::Vertical).first());
            const QStringList labels = axis->categoriesLabels();
            if (labels.isEmpty())
                out.append(QLatin1String(name) + QStringLiteral(": no value labels"));
            const QRectF plot = view->chart()->plotArea();
            int found = 0;
            for (QGraphicsItem *item : view->scene()->items()) {
                auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (!text || !text->isVisible())
                    continue;
                const QString shown = text->toPlainText();
                if (shown.contains(QChar(0x2026)))
                    out.append(QLatin1String(name) + QStringLiteral(": cut short: ") + shown);
                if (!labels.contains(shown))
                    continue;
                ++found;
                // The glyphs' extent, not the item's box: where the text really ends.
                const QFontMetricsF metrics(text->font());
                const qreal left = text->mapToScene(text->boundingRect().topLeft()).x();
                const qreal right = left + text->boundingRect().width();
                const qreal inked = metrics.horizontalAdvance(shown);
                if (left < plot.right() || right > view->viewport()->width() ||
                    inked > text->boundingRect().width())
                    out.append(QStringLiteral("%1 \"%2\": %3..%4 (ink %5) in %6..%7")
                                   .arg(QLatin1String(name), shown)
                                   .arg(left)
                                   .arg(right)
                                   .arg(inked)
                                   .arg(plot.right())
                                   .arg(view->viewport()->width()));
            }
            if (found != labels.size())
                out.append(QStringLiteral("%1: %2 of %3 value labels shown")
                               .arg(QLatin1String(name))
                               .arg(found)
                               .arg(labels.size()));
        }
        return out;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(problems().isEmpty(), qPrintable(problems().join(QLatin1Char('\n'))),
                              10000);
    m_window->resize(before);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), before, 10000);
    testing::settle();
}

void TestPersianWindow::datesAreJalali()
{
    // Persian starts in the Jalali calendar (Automatic), in the pickers and in words.
    const QCalendar jalali(QCalendar::System::Jalali);
    QVERIFY(jalali.isValid());
    auto *from = m_window->findChild<QDateEdit *>(QStringLiteral("fromDate"));
    auto *to = m_window->findChild<QDateEdit *>(QStringLiteral("toDate"));
    QVERIFY(from && to);
    QCOMPARE(from->calendar().name(), jalali.name());
    const QDate last = m_state->query().range.last;
    const QCalendar::YearMonthDay ymd = jalali.partsFromDate(last);
    const QString month = jalali.monthName(QLocale(), ymd.month, ymd.year);
    QVERIFY2(to->text().contains(month), qPrintable(to->text()));
    QVERIFY2(to->text().contains(QLocale().toString(ymd.day)), qPrintable(to->text()));
    const QString words = m_window->findChild<QLabel *>(QStringLiteral("rangeDescription"))->text();
    QVERIFY2(words.contains(month), qPrintable(words));
    // No Gregorian month name anywhere in it.
    const QCalendar gregorian;
    for (int m = 1; m <= 12; ++m)
        QVERIFY2(!words.contains(gregorian.monthName(QLocale(), m)), qPrintable(words));
}

void TestPersianWindow::dialogsArePersian()
{
    // Settings and Help › Keyboard Shortcuts, as the window opens them. Key names on the
    // keyboard (Tab, Alt, Shift, Esc) and time zone ids are not translated.
    static const QRegularExpression untranslated(
        QStringLiteral("\\b(API|CSV|JSON|PNG|png|HTTPS?|URL|UTC|GMT|Tab|Alt|Shift|Esc|Ctrl|Del|"
                       "PgUp|PgDown)\\b|https?://\\S*"));
    Preferences settings;
    SettingsDialog settingsDialog(settings, false);
    ShortcutsDialog shortcuts(m_window->menuBar());
    for (QDialog *dialog : std::initializer_list<QDialog *>{&settingsDialog, &shortcuts}) {
        dialog->show();
        QVERIFY(dialog->layoutDirection() == Qt::RightToLeft);
        const QList<Text> texts = collect(dialog, {QStringLiteral("timeZoneBox")});
        QVERIFY(texts.size() > 10);
        const QStringList english = latinTexts(texts, untranslated);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        dialog->hide();
    }
}

// Beside Persian digits a middle dot reads as a zero ("۱۴۰۵ · ۷ روز" as "۱۴۰۵۰۷ روز"): no
// text of the window has one.
void TestPersianWindow::noMiddleDot()
{
    const QList<Text> texts = collect(m_window.get(), {});
    QStringList dotted;
    for (const Text &t : texts) {
        if (t.text.contains(QChar(0x00B7)))
            dotted.append(t.where + QStringLiteral(": ") + t.text);
    }
    QVERIFY2(dotted.isEmpty(), qPrintable(dotted.join(QLatin1Char('\n'))));
    const QString words = m_window->findChild<QLabel *>(QStringLiteral("rangeDescription"))->text();
    QVERIFY2(words.contains(QStringLiteral("، ")), qPrintable(words));
}

// Help › Keyboard Shortcuts names Alt and Shift in its note as its list does (Qt's Persian
// key names, when Qt's translations are installed), not one way in each.
void TestPersianWindow::shortcutKeysAreWrittenOneWay()
{
    ShortcutsDialog dialog(m_window->menuBar());
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("shortcutsNote"))->text();
    QString alt;
    QString shift;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(m_window->menuBar())) {
        const QString name = entry.action ? entry.action->objectName() : QString();
        if (name == QLatin1String("earlierAction")) // Alt+Right
            alt = entry.keys.section(QLatin1Char('+'), 0, 0);
        if (entry.action &&
            entry.action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
            shift = entry.keys.section(QLatin1Char('+'), 1, 1);
    }
    QVERIFY2(!alt.isEmpty() && !shift.isEmpty(), qPrintable(alt + QLatin1Char(' ') + shift));
    QCOMPARE(ShortcutsDialog::modifierName(Qt::AltModifier), alt);
    for (const auto &[listed, latin] :
         {std::pair{alt, QStringLiteral("Alt")}, std::pair{shift, QStringLiteral("Shift")}}) {
        QVERIFY2(note.contains(listed), qPrintable(listed + QStringLiteral(": ") + note));
        if (listed != latin)
            QVERIFY2(!note.contains(latin), qPrintable(latin + QStringLiteral(": ") + note));
    }
}

void TestPersianWindow::weeksStartOnSaturday()
{
    // Settings never chose a first day: the Persian week, Saturday first, as in the pickers.
    Preferences preferences;
    QVERIFY(!preferences.hasFirstDayOfWeek());
    DashboardState state(m_client.get());
    MainWindow window(&state, nullptr, &preferences, m_sandbox.serverLabel(), false);
    window.resize(1280, 900);
    window.show();
    state.loadAccount();
    QTRY_VERIFY_WITH_TIMEOUT(state.snapshot().has_value() && !state.isLoading(), 20000);
    QCOMPARE(state.query().firstDayOfWeek, Qt::Saturday);
    QCOMPARE(state.snapshot()->query.firstDayOfWeek, Qt::Saturday);
    auto *from = window.findChild<QDateEdit *>(QStringLiteral("fromDate"));
    QVERIFY(from);
    QCOMPARE(from->calendarWidget()->firstDayOfWeek(), Qt::Saturday);
    // And Settings shows it so, in Persian.
    SettingsDialog dialog(preferences, false);
    QCOMPARE(dialog.firstDayOfWeek(), Qt::Saturday);
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("weekStartBox"));
    QCOMPARE(box->currentText(), QLocale().dayName(Qt::Saturday));
    window.close();
}

void TestPersianWindow::screenshot()
{
    QDir dir(QDir::currentPath());
    dir.mkpath(QStringLiteral("artifacts"));
    const QString path = dir.filePath(QStringLiteral("artifacts/dashboard-fa.png"));
    const QPixmap shot = m_window->grab();
    QVERIFY(shot.save(path));
    const QImage saved(path);
    QCOMPARE(saved.size(), shot.size());
    QVERIFY(saved.width() >= 1000);
    qInfo("Persian screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestPersianWindow)
#include "tst_persianwindow.moc"
