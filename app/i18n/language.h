#pragma once
// Language: which language the app speaks and how it writes numbers and dates.
// `--lang fa|en` first, then the language chosen in Settings, then the system
// locale (LANG), for the window and every command alike. Persian (fa) gets
// the Persian translation, the Iranian locale (Persian digits) and, in the
// window, a right-to-left layout; English is the source language.

#include <QCommandLineOption>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace geobox {

class Language final
{
public:
    // The languages there is a translation for; English is the source language.
    static QStringList available();

    // The `--lang` option, for every parser, so that --help lists it and parsing accepts it.
    static QCommandLineOption option();

    // The value of --lang in raw arguments ("--lang fa" or "--lang=fa"), read before any
    // parser runs so that the parsers' own help texts are translated. Empty when absent;
    // std::nullopt (with *error set) when the value is missing or not a language we have.
    static std::optional<QString> requested(const QStringList &arguments, QString *error);

    // The language to speak: `requested` (--lang) when given, else `saved` (Settings) when
    // it is one we have, else empty: the system's (LANG).
    static QString chosen(const QString &requested, const QString &saved);

    // The locale for `code` ("fa", "en", or empty for the system's): fa is Persian (Iran);
    // en keeps an English system locale (its date order) and is otherwise US English.
    static QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());

    // Makes `locale` the default and installs the translators it needs into `app`: ours
    // (built in) and Qt's own for standard dialogs, when Qt's translations are installed.
    // Returns false when a translation we should have built in is missing.
    static bool install(QCoreApplication *app, const QLocale &locale);
};

} // namespace geobox
