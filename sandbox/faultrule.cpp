#include "faultrule.h"

#include "httpanswer.h"

#include <QRegularExpression>

namespace sandbox {

namespace {

std::optional<FaultRule> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QString FaultRule::normalisedPath(QString path)
{
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.startsWith(QStringLiteral("v1/")))
        path.remove(0, 3);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

bool FaultRule::matches(const QString &requestPath) const
{
    return path == QStringLiteral("*") || normalisedPath(requestPath) == path;
}

std::optional<FaultRule> FaultRule::parse(const QString &rule, QString *error)
{
    const qsizetype eq = rule.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return fail(error, QStringLiteral("fault rule \"%1\": expected PATH=ACTION").arg(rule));

    FaultRule fault;
    fault.spec = rule;
    fault.path = normalisedPath(rule.left(eq).trimmed());
    if (fault.path.isEmpty())
        return fail(error, QStringLiteral("fault rule \"%1\": empty path").arg(rule));

    QString action = rule.mid(eq + 1);
    static const QRegularExpression countSuffix(QStringLiteral("#(\\d+)$"));
    const QRegularExpressionMatch count = countSuffix.match(action);
    if (count.hasMatch()) {
        bool ok = false;
        const int n = count.captured(1).toInt(&ok);
        if (!ok || n < 1)
            return fail(error,
                        QStringLiteral("fault rule \"%1\": #N must be at least 1").arg(rule));
        fault.remaining = n;
        action.chop(count.capturedLength(0));
    }

    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    const QString verb = colon < 0 ? action : action.left(colon);
    const QString argument = colon < 0 ? QString() : action.mid(colon + 1);
    const bool hasArgument = colon >= 0;

    if (verb == QStringLiteral("status") && hasArgument) {
        bool ok = false;
        fault.status = argument.toInt(&ok);
        if (!ok || HttpAnswer::reasonPhrase(fault.status).isEmpty())
            return fail(error, QStringLiteral("fault rule \"%1\": unsupported status code \"%2\"")
                                   .arg(rule, argument));
        fault.action = Action::Status;
    } else if (verb == QStringLiteral("delay") && hasArgument) {
        bool ok = false;
        fault.delayMs = argument.toInt(&ok);
        if (!ok || fault.delayMs < 0)
            return fail(
                error,
                QStringLiteral("fault rule \"%1\": delay must be milliseconds >= 0").arg(rule));
        fault.action = Action::Delay;
    } else if (verb == QStringLiteral("body") && hasArgument) {
        fault.action = Action::Body;
        fault.text = argument.toUtf8();
    } else if (verb == QStringLiteral("redirect") && hasArgument && !argument.isEmpty()) {
        fault.action = Action::Redirect;
        fault.text = argument.toUtf8();
    } else if (verb == QStringLiteral("malformed") && !hasArgument) {
        fault.action = Action::Malformed;
    } else if (verb == QStringLiteral("truncate") && !hasArgument) {
        fault.action = Action::Truncate;
    } else if (verb == QStringLiteral("drop") && !hasArgument) {
        fault.action = Action::Drop;
    } else if (verb == QStringLiteral("html") && !hasArgument) {
        fault.action = Action::Html;
    } else if (verb == QStringLiteral("hold") && !hasArgument) {
        fault.action = Action::Hold;
    } else {
        return fail(
            error, QStringLiteral("fault rule \"%1\": unknown action \"%2\" (expected status:CODE, "
                                  "delay:MS, malformed, truncate, drop, html, hold, body:TEXT or "
                                  "redirect:URL, optionally followed by #N)")
                       .arg(rule, action));
    }
    return fault;
}

} // namespace sandbox
