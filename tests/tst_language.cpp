// Language: reading --lang before any parser, the locale each choice gives, and
// installing the built-in translations (Persian with Persian digits and a
// right-to-left text direction; English plural forms), and the range in words in both.

#include "bytesize.h"
#include "daterange.h"
#include "language.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace geobox;

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void requested_data();
    void requested();
    void chosen_data();
    void chosen();
    void localeFor_data();
    void localeFor();
    void persianTranslates();
    void englishPlurals_data();
    void englishPlurals();
    void optionIsListed();
    void rangeInWords_data();
    void rangeInWords();

private:
    void removeTranslators();
};

void TestLanguage::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::c());
}

void TestLanguage::removeTranslators()
{
    // install() parents its translators to the application: delete them, which removes them.
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestLanguage::chosen_data()
{
    QTest::addColumn<QString>("requested"); // --lang
    QTest::addColumn<QString>("saved");     // Settings › Language
    QTest::addColumn<QString>("code");      // empty: the system's (LANG)
    QTest::newRow("nothing: the system's") << QString() << QString() << QString();
    QTest::newRow("Settings beats LANG") << QString() << "fa"
                                         << "fa";
    QTest::newRow("Settings: English") << QString() << "en"
                                       << "en";
    QTest::newRow("--lang beats Settings") << "en"
                                           << "fa"
                                           << "en";
    QTest::newRow("--lang alone") << "fa" << QString() << "fa";
    QTest::newRow("a saved language we do not have: the system's")
        << QString() << "de" << QString();
    QTest::newRow("saved as written by hand") << QString() << " FA "
                                              << "fa";
}

void TestLanguage::chosen()
{
    QFETCH(QString, requested);
    QFETCH(QString, saved);
    QFETCH(QString, code);
    QCOMPARE(Language::chosen(requested, saved), code);
}

void TestLanguage::requested_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("code");

    const QString bin = QStringLiteral("geobox-usage");
    QTest::newRow("absent") << QStringList{bin, QStringLiteral("--demo")} << true << QString();
    QTest::newRow("separate value")
        << QStringList{bin, QStringLiteral("--lang"), QStringLiteral("fa")} << true
        << QStringLiteral("fa");
    QTest::newRow("with =") << QStringList{bin, QStringLiteral("--lang=en")} << true
                            << QStringLiteral("en");
    QTest::newRow("upper case") << QStringList{bin, QStringLiteral("--lang=FA")} << true
                                << QStringLiteral("fa");
    QTest::newRow("after a command") << QStringList{bin,
                                                    QStringLiteral("export"),
                                                    QStringLiteral("--days"),
                                                    QStringLiteral("3"),
                                                    QStringLiteral("--lang"),
                                                    QStringLiteral("fa")}
                                     << true << QStringLiteral("fa");
    QTest::newRow("last one wins")
        << QStringList{bin, QStringLiteral("--lang=fa"), QStringLiteral("--lang=en")} << true
        << QStringLiteral("en");
    QTest::newRow("after --, not an option")
        << QStringList{bin, QStringLiteral("--"), QStringLiteral("--lang=de")} << true << QString();
    QTest::newRow("unknown language")
        << QStringList{bin, QStringLiteral("--lang=de")} << false << QString();
    QTest::newRow("missing value")
        << QStringList{bin, QStringLiteral("--lang")} << false << QString();
    QTest::newRow("empty value") << QStringList{bin, QStringLiteral("--lang=")} << false
                                 << QString();
}

void TestLanguage::requested()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QString, code);

    QString error;
    const std::optional<QString> got = Language::requested(arguments, &error);
    QCOMPARE(got.has_value(), ok);
    if (ok) {
        QCOMPARE(*got, code);
        QVERIFY(error.isEmpty());
    } else {
        // One line that names the option and what it takes.
        QVERIFY2(error.contains(QStringLiteral("--lang")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("fa")) && error.contains(QStringLiteral("en")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
}

void TestLanguage::localeFor_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("name");

    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    const QLocale persian(QLocale::Persian, QLocale::Iran);
    QTest::newRow("fa on a German system")
        << QStringLiteral("fa") << german << QStringLiteral("fa_IR");
    QTest::newRow("en on a German system")
        << QStringLiteral("en") << german << QStringLiteral("en_US");
    QTest::newRow("en keeps a British system")
        << QStringLiteral("en") << british << QStringLiteral("en_GB");
    QTest::newRow("en on a Persian system")
        << QStringLiteral("en") << persian << QStringLiteral("en_US");
    QTest::newRow("system Persian") << QString() << persian << QStringLiteral("fa_IR");
    QTest::newRow("system German") << QString() << german << QStringLiteral("de_DE");
}

void TestLanguage::localeFor()
{
    QFETCH(QString, code);
    QFETCH(QLocale, system);
    QFETCH(QString, name);
    QCOMPARE(Language::localeFor(code, system).name(), name);
}

void TestLanguage::persianTranslates()
{
    const QString source = QStringLiteral("Network error");
    QCOMPARE(QCoreApplication::translate("ApiError", "Network error"), source);

    QVERIFY(Language::install(qApp, Language::localeFor(QStringLiteral("fa"))));
    const QString persian = QCoreApplication::translate("ApiError", "Network error");
    QVERIFY2(persian != source, qPrintable(persian));
    // Arabic-script letters, no Latin ones.
    QVERIFY(std::any_of(persian.cbegin(), persian.cend(),
                        [](QChar c) { return c.script() == QChar::Script_Arabic; }));
    QVERIFY(std::none_of(persian.cbegin(), persian.cend(),
                         [](QChar c) { return c.script() == QChar::Script_Latin; }));
    // The default locale now writes Persian digits and runs right to left.
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("۱٬۲۳۴٬۵۶۷"));
    QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
    // Sizes: Persian digits and decimal sign, and the unit in Persian.
    QCOMPARE(ByteSize::text(245'800), QStringLiteral("۲۴۵٫۸ کیلوبایت"));
    QCOMPARE(ByteSize::text(512), QStringLiteral("۵۱۲ بایت"));

    // Back to English: the source texts again, left to right.
    removeTranslators();
    QVERIFY(Language::install(qApp, Language::localeFor(QStringLiteral("en"))));
    QCOMPARE(QCoreApplication::translate("ApiError", "Network error"), source);
    QCOMPARE(QLocale().textDirection(), Qt::LeftToRight);
}

void TestLanguage::englishPlurals_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("1") << 1 << QStringLiteral("Every 1 minute");
    QTest::newRow("5") << 5 << QStringLiteral("Every 5 minutes");
    QTest::newRow("60") << 60 << QStringLiteral("Every 60 minutes");
}

void TestLanguage::englishPlurals()
{
    QFETCH(int, n);
    QFETCH(QString, text);
    QVERIFY(Language::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(
        QCoreApplication::translate("geobox::SettingsDialog", "Every %Ln minute(s)", nullptr, n),
        text);
}

void TestLanguage::optionIsListed()
{
    const QCommandLineOption option = Language::option();
    QCOMPARE(option.names(), QStringList{QStringLiteral("lang")});
    QCOMPARE(option.valueName(), QStringLiteral("code"));
    QVERIFY(!option.description().isEmpty());
}

void TestLanguage::rangeInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("isJalali");
    QTest::addColumn<QString>("words");
    // Not "۴ – ۱۰ آذر ۱۴۰۵ · ۷ روز": beside Persian digits the dot reads as a zero ("۷۰ روز").
    QTest::newRow("Persian") << QStringLiteral("fa") << true
                             << QStringLiteral("۴ – ۱۰ آذر ۱۴۰۵، ۷ روز");
    QTest::newRow("Persian, Gregorian")
        << QStringLiteral("fa") << false << QStringLiteral("۲۵ نوامبر – ۱ دسامبر ۲۰۲۶، ۷ روز");
    QTest::newRow("English") << QStringLiteral("en") << false
                             << QStringLiteral("25 Nov – 1 Dec 2026, 7 days");
    QTest::newRow("English, Jalali")
        << QStringLiteral("en") << true << QStringLiteral("4 – 10 Azar 1405, 7 days");
}

// The range in words joins its days and their number with a comma in both languages.
void TestLanguage::rangeInWords()
{
    QFETCH(QString, language);
    QFETCH(bool, isJalali);
    QFETCH(QString, words);
    QVERIFY(Language::install(qApp, Language::localeFor(language)));
    const QCalendar calendar =
        isJalali ? QCalendar(QCalendar::System::Jalali) : QCalendar(QCalendar::System::Gregorian);
    const QString said =
        describeRange({QDate(2026, 11, 25), QDate(2026, 12, 1)}, QLocale(), calendar);
    QCOMPARE(said, words);
    QVERIFY(!said.contains(QChar(0x00B7)));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
