// The translation files themselves: the Persian one has no unfinished message, keeps
// every placeholder and accelerator of its source, and is Persian; the English one has
// both plural forms of every %n message. scripts/test runs lupdate (the
// update_translations target) before this, so a new string in the code shows up here
// as an unfinished message with its context.

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or each plural form
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message =
                Message{context,
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1 … %99, %L1, %n, %Ln, each as often as it occurs.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    out.sort();
    return out;
}

// How many keyboard accelerators ("&F", not "&&").
int accelerators(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

// The words that stay as they are in every language: protocols, formats, the options and
// values of the command line, units of the wire format.
bool onlyUntranslatableWords(const QString &source)
{
    QString rest = source;
    static const QRegularExpression keep(
        QStringLiteral("%L?(\\d+|n)|--[a-z-]+|https?://\\S+|\\b(API|CSV|JSON|HTTPS?|TLS|URL|ID|"
                       "csv|json|text|fa|en|jalali|gregorian)\\b"));
    rest.remove(keep);
    return std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void persian_data();
    void persian();
    void englishPlurals_data();
    void englishPlurals();

private:
    TsFile m_fa;
    TsFile m_en;
};

void TestTranslations::initTestCase()
{
    m_fa = readTs(QStringLiteral(GEOBOX_TRANSLATIONS_DIR "/geobox-usage_fa.ts"));
    m_en = readTs(QStringLiteral(GEOBOX_TRANSLATIONS_DIR "/geobox-usage_en.ts"));
    QVERIFY2(m_fa.error.isEmpty(), qPrintable(m_fa.error));
    QVERIFY2(m_en.error.isEmpty(), qPrintable(m_en.error));
    QCOMPARE(m_fa.language, QStringLiteral("fa_IR"));
    QCOMPARE(m_fa.sourceLanguage, QStringLiteral("en"));
    QCOMPARE(m_en.language, QStringLiteral("en_US"));
    // Both files come from the same lupdate run over the same sources.
    QVERIFY(m_fa.messages.size() > 300);
    QCOMPARE(m_en.messages.size(), m_fa.messages.size());
}

void TestTranslations::persian_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<bool>("unfinished");
    QTest::addColumn<QStringList>("forms");
    QHash<QString, int> seen;
    for (const Message &m : std::as_const(m_fa.messages)) {
        // Row names are "context: source", numbered when a source repeats in a context.
        QString row = m.context + QStringLiteral(": ") + m.source.left(60);
        if (const int n = seen[row]++; n > 0)
            row += QStringLiteral(" #%1").arg(n + 1);
        QTest::newRow(qPrintable(row)) << m.source << m.numerus << m.unfinished << m.forms;
    }
}

void TestTranslations::persian()
{
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(bool, unfinished);
    QFETCH(QStringList, forms);

    QVERIFY2(!unfinished, "unfinished: translate it in translations/geobox-usage_fa.ts");
    // Persian has one plural form.
    QCOMPARE(forms.size(), 1);
    const QString &fa = forms.first();
    QVERIFY2(!fa.trimmed().isEmpty(), "empty translation");
    QCOMPARE(placeholders(fa), placeholders(source));
    if (numerus)
        QVERIFY(fa.contains(QStringLiteral("%n")) || fa.contains(QStringLiteral("%Ln")));
    QCOMPARE(accelerators(fa), accelerators(source));
    // Beside Persian digits a middle dot reads as a zero ("۱۴۰۵ · ۷" as "۱۴۰۵۰۷"): join
    // parts with a comma (،).
    QVERIFY2(!fa.contains(QChar(0x00B7)), qPrintable(fa));
    if (!onlyUntranslatableWords(source)) {
        QVERIFY2(std::any_of(fa.cbegin(), fa.cend(),
                             [](QChar c) { return c.script() == QChar::Script_Arabic; }),
                 qPrintable(fa));
    }
}

void TestTranslations::englishPlurals_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<bool>("unfinished");
    int rows = 0;
    for (const Message &m : std::as_const(m_en.messages)) {
        if (!m.numerus)
            continue;
        QTest::newRow(qPrintable(m.context + QStringLiteral(": ") + m.source))
            << m.source << m.forms << m.unfinished;
        ++rows;
    }
    QVERIFY(rows > 0);
}

void TestTranslations::englishPlurals()
{
    QFETCH(QString, source);
    QFETCH(QStringList, forms);
    QFETCH(bool, unfinished);
    QVERIFY2(!unfinished, "translate the plural forms in translations/geobox-usage_en.ts");
    QCOMPARE(forms.size(), 2);
    for (const QString &form : forms)
        QVERIFY2(form.contains(QStringLiteral("%n")) || form.contains(QStringLiteral("%Ln")),
                 qPrintable(form));
    // "minute(s)" becomes "minute" and "minutes".
    if (source.contains(QStringLiteral("(s)"))) {
        QVERIFY(!forms.at(0).contains(QStringLiteral("(s)")));
        QVERIFY(!forms.at(1).contains(QStringLiteral("(s)")));
        QVERIFY(forms.at(0) != forms.at(1));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
