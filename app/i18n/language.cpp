#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace geobox {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct LanguageText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::Language)
};

const QString optionName = QStringLiteral("lang");

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("fa")};
}

QCommandLineOption Language::option()
{
    return {
        optionName,
        LanguageText::tr("The language: fa (Persian) or en (English). By default, the system's."),
        QStringLiteral("code")};
}

std::optional<QString> Language::requested(const QStringList &arguments, QString *error)
{
    const QString flag = QStringLiteral("--") + optionName;
    const QString prefix = flag + QLatin1Char('=');
    QString code;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == flag) {
            if (i + 1 >= arguments.size()) {
                *error = LanguageText::tr("--lang needs a language: %1.")
                             .arg(available().join(QLatin1String(", ")));
                return std::nullopt;
            }
            code = arguments.at(++i);
        } else if (argument.startsWith(prefix)) {
            code = argument.mid(prefix.size());
        } else {
            continue;
        }
        code = code.trimmed().toLower();
        if (!available().contains(code)) {
            *error = LanguageText::tr("--lang takes one of %1, not \"%2\".")
                         .arg(available().join(QLatin1String(", ")), code);
            return std::nullopt;
        }
    }
    return code;
}

QString Language::chosen(const QString &requested, const QString &saved)
{
    if (!requested.isEmpty())
        return requested;
    const QString code = saved.trimmed().toLower();
    return available().contains(code) ? code : QString();
}

QLocale Language::localeFor(const QString &code, const QLocale &system)
{
    if (code == QLatin1String("fa"))
        return QLocale(QLocale::Persian, QLocale::Iran);
    if (code == QLatin1String("en"))
        return system.language() == QLocale::English
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    // The system's own: Persian when it is Persian (in any country), else as it is, with
    // the English texts.
    return system;
}

bool Language::install(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    const bool persian = locale.language() == QLocale::Persian;
    auto *ours = new QTranslator(app);
    const bool loaded = ours->load(persian ? QStringLiteral(":/i18n/geobox-usage_fa.qm")
                                           : QStringLiteral(":/i18n/geobox-usage_en.qm"));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    if (persian) {
        // Qt's own words (Cancel, OK, the context menus of text fields); optional, from
        // qt6-translations-l10n.
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return loaded;
}

} // namespace geobox
