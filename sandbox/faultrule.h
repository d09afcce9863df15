#pragma once

// One injected fault, "PATH=ACTION[#N]" (as given to --fault or SandboxServer::addFault):
// which requests it hits, what it does to them and how many more times it applies.

#include <QByteArray>
#include <QString>

#include <optional>

namespace sandbox {

struct FaultRule
{
    enum class Action
    {
        Status,    // status:CODE
        Delay,     // delay:MS
        Malformed, // malformed
        Truncate,  // truncate
        Drop,      // drop
        Html,      // html
        Body,      // body:TEXT
        Redirect,  // redirect:URL
        Hold, // hold: no answer until SandboxServer::releaseHeld() (never, from the command line)
    };

    // Normalised path as after /v1/, without leading or trailing slash; "*" matches every path.
    QString path;
    Action action = Action::Status;
    int status = 0;
    int delayMs = 0;
    QByteArray text; // body:TEXT or redirect:URL
    // Requests it still applies to; -1 for every matching request.
    int remaining = -1;
    // The rule as given, for logs.
    QString spec;

    // Parses "PATH=ACTION[#N]"; on failure returns nothing and explains in *error.
    static std::optional<FaultRule> parse(const QString &rule, QString *error = nullptr);
    // A request path as after /v1/, with or without the trailing slash.
    bool matches(const QString &requestPath) const;
    static QString normalisedPath(QString path);
};

} // namespace sandbox
