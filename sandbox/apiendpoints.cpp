#include "apiendpoints.h"

#include "apijson.h"
#include "jsontext.h"
#include "paramreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace sandbox {

ApiEndpoints::ApiEndpoints(const SandboxData &data, ApiAuth &auth, int retentionDays)
    : m_data(data)
    , m_auth(auth)
    , m_retentionDays(retentionDays)
{}

HttpAnswer ApiEndpoints::usageApi(const ApiCall &call) const
{
    ParamReader params(call.query);
    const std::optional<QString> eid = params.required(QStringLiteral("eid"));
    const std::optional<QString> scale =
        params.enumeration(QStringLiteral("scale"), {QStringLiteral("hour"), QStringLiteral("day"),
                                                     QStringLiteral("month")});
    const std::optional<QString> param = params.enumeration(
        QStringLiteral("param"), {QStringLiteral("traffic"), QStringLiteral("calls")});
    const std::optional<qint64> limit = params.integer(QStringLiteral("limit"), 0, true);
    if (params.hasIssues())
        return params.answer();
    const QDateTime now = m_data.now();
    const std::optional<DateRange> range = params.range(now, m_data.calendar());
    if (!range)
        return params.answer();

    // eid: a user id (the account) or a key secret (that key).
    bool numeric = false;
    const qint64 userId = eid->toLongLong(&numeric);
    if (numeric) {
        if (std::optional<HttpAnswer> refused = m_auth.checkUserAccess(call, userId))
            return *refused;
    } else {
        const int index = m_data.keyIndex(eid->toUtf8());
        if (index < 0)
            return HttpAnswer::detail(404, QStringLiteral("API key not found"));
        if (m_data.apiKeys().at(index).ownerId != call.caller->id && !call.caller->isAdmin())
            return ApiAuth::forbidden();
    }

    // Buckets before the data window or after now are all zero, and zeros are left out.
    const QDateTime from = std::max(range->from, m_data.windowStart());
    const QDateTime to = std::min(range->to, now);
    QList<QPair<QDateTime, qint64>> buckets;
    if (from <= to) {
        for (const auto &bucket : m_data.series(*eid, *scale, *param, from, to)) {
            // Past the retention (--retention-days), a bucket is left out as if unused.
            const bool kept = m_retentionDays <= 0 || bucket.first >= now.addDays(-m_retentionDays);
            if (bucket.second != 0 && kept)
                buckets.append(bucket);
        }
    }
    // The most recent ones: 10 unless a limit says otherwise.
    const qsizetype keep = limit ? static_cast<qsizetype>(std::min<qint64>(*limit, buckets.size()))
                                 : std::min<qsizetype>(10, buckets.size());
    return HttpAnswer::json(200,
                            apijson::series(buckets.mid(buckets.size() - keep), m_data.calendar()));
}

HttpAnswer ApiEndpoints::usageProcess(const ApiCall &call) const
{
    ParamReader params(call.query);
    const std::optional<qint64> userId = params.integer(QStringLiteral("user_id"), 0, true);
    if (params.hasIssues())
        return params.answer();
    const std::optional<DateRange> range = params.range(m_data.now(), m_data.calendar());
    if (!range)
        return params.answer();
    const qint64 target = userId.value_or(call.caller->id);
    if (std::optional<HttpAnswer> refused = m_auth.checkUserAccess(call, target))
        return *refused;
    return HttpAnswer::json(200,
                            json::number(m_data.processSeconds(target, range->from, range->to), 6));
}

HttpAnswer ApiEndpoints::usageSummary(const ApiCall &call) const
{
    ParamReader params(call.query);
    const std::optional<qint64> userId = params.integer(QStringLiteral("user_id"), 0, true);
    if (params.hasIssues())
        return params.answer();
    const qint64 target = userId.value_or(call.caller->id);
    if (std::optional<HttpAnswer> refused = m_auth.checkUserAccess(call, target))
        return *refused;
    return HttpAnswer::json(200, apijson::summary(m_data.summary(target)));
}

HttpAnswer ApiEndpoints::usageUpdate(const ApiCall &call) const
{
    ParamReader params;
    const QByteArray body = call.request.body.trimmed();
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        params.add({}, QStringLiteral("Expecting a JSON object: {} or {\"user_id\": N}"),
                   QStringLiteral("value_error.jsondecode"), QStringLiteral("body"));
        return params.answer();
    }
    qint64 target = call.caller->id;
    const QJsonValue userId = document.object().value(QStringLiteral("user_id"));
    if (!userId.isUndefined() && !userId.isNull()) {
        const double number = userId.toDouble();
        if (!userId.isDouble() || std::floor(number) != number) {
            params.add(QStringLiteral("user_id"), QStringLiteral("value is not a valid integer"),
                       QStringLiteral("type_error.integer"), QStringLiteral("body"));
            return params.answer();
        }
        target = userId.toInteger();
    }
    if (std::optional<HttpAnswer> refused = m_auth.checkUserAccess(call, target))
        return *refused;
    return HttpAnswer::json(200, apijson::summary(m_data.summary(target)));
}

HttpAnswer ApiEndpoints::usersMe(const ApiCall &call) const
{
    return HttpAnswer::json(200, apijson::user(*call.caller, m_data.calendar()));
}

HttpAnswer ApiEndpoints::userById(const ApiCall &call, const QString &id) const
{
    bool ok = false;
    const qint64 userId = id.toLongLong(&ok);
    if (!ok) {
        ParamReader params;
        params.add(QStringLiteral("user_id"), QStringLiteral("value is not a valid integer"),
                   QStringLiteral("type_error.integer"), QStringLiteral("path"));
        return params.answer();
    }
    if (std::optional<HttpAnswer> refused = m_auth.checkUserAccess(call, userId))
        return *refused;
    return HttpAnswer::json(200, apijson::user(*m_data.userById(userId), m_data.calendar()));
}

HttpAnswer ApiEndpoints::apiKeys(const ApiCall &call) const
{
    ParamReader params(call.query);
    const qint64 skip = params.integer(QStringLiteral("skip"), 0).value_or(0);
    const qint64 limit = params.integer(QStringLiteral("limit"), 0).value_or(10);
    if (params.hasIssues())
        return params.answer();
    const QString search = call.query.value(QStringLiteral("search")).value_or(QString());

    QList<QByteArray> items;
    qint64 position = 0;
    for (const SandboxApiKey &key : m_data.apiKeysOf(call.caller->id)) {
        if (!search.isEmpty() && !key.name.contains(search, Qt::CaseInsensitive))
            continue;
        if (position++ < skip)
            continue;
        if (items.size() >= limit)
            break;
        items.append(apijson::apiKey(key));
    }
    return HttpAnswer::json(200, json::array(items));
}

HttpAnswer ApiEndpoints::authToken(const RecordedRequest &request)
{
    const QueryParams form = QueryParams::parse(request.body);
    const std::optional<QString> username = form.value(QStringLiteral("username"));
    const std::optional<QString> password = form.value(QStringLiteral("password"));
    if (!username || !password) {
        ParamReader params;
        if (!username)
            params.add(QStringLiteral("username"), QStringLiteral("field required"),
                       QStringLiteral("value_error.missing"), QStringLiteral("body"));
        if (!password)
            params.add(QStringLiteral("password"), QStringLiteral("field required"),
                       QStringLiteral("value_error.missing"), QStringLiteral("body"));
        return params.answer();
    }
    const std::optional<QByteArray> token = m_auth.signIn(*username, *password);
    if (!token)
        return ApiAuth::unauthorized(QStringLiteral("Incorrect username or password"));
    return HttpAnswer::json(200, apijson::accessToken(*token));
}

} // namespace sandbox
