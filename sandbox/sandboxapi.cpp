#include "sandboxapi.h"

#include "jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace sandbox {

namespace {

enum class Route
{
    UsageApi,
    UsageProcess,
    UsageSummary,
    UsageUpdate,
    UsersMe,
    UserById,
    ApiKeys,
    AuthToken,
};

struct RouteMatch
{
    Route route = Route::UsageApi;
    QByteArray method;
    QString userId; // for UserById
};

std::optional<RouteMatch> matchRoute(const QString &path)
{
    struct Entry
    {
        const char *path;
        Route route;
        const char *method;
    };
    static constexpr std::array<Entry, 7> routes = {{
        {"usage/api", Route::UsageApi, "GET"},
        {"usage/process", Route::UsageProcess, "GET"},
        {"usage/summary", Route::UsageSummary, "GET"},
        {"usage/update", Route::UsageUpdate, "POST"},
        {"users/me/", Route::UsersMe, "GET"},
        {"apikeys/", Route::ApiKeys, "GET"},
        {"auth/token/", Route::AuthToken, "POST"},
    }};
    for (const Entry &entry : routes) {
        if (path == QLatin1String(entry.path))
            return RouteMatch{entry.route, QByteArray(entry.method), {}};
    }
    static const QRegularExpression userPath(QStringLiteral("^users/([^/]+)/$"));
    const QRegularExpressionMatch user = userPath.match(path);
    if (user.hasMatch())
        return RouteMatch{Route::UserById, QByteArrayLiteral("GET"), user.captured(1)};
    return std::nullopt;
}

// Collects the items of a FastAPI 422 detail list.
class Issues final
{
public:
    void add(const QString &field, const QString &message, const QString &type,
             const QString &where = QStringLiteral("query"))
    {
        m_items.append(HttpAnswer::validationIssue(where, field, message, type));
    }
    bool isEmpty() const { return m_items.isEmpty(); }
    HttpAnswer answer() const { return HttpAnswer::unprocessable(m_items); }

private:
    QList<QByteArray> m_items;
};

std::optional<qint64> readInteger(const QueryParams &query, const QString &name, Issues &issues,
                                  qint64 minimum, bool strictlyGreater = false)
{
    const std::optional<QString> text = query.value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->trimmed().toLongLong(&ok);
    if (!ok) {
        issues.add(name, QStringLiteral("value is not a valid integer"),
                   QStringLiteral("type_error.integer"));
        return std::nullopt;
    }
    if (strictlyGreater && value <= minimum) {
        issues.add(name, QStringLiteral("ensure this value is greater than %1").arg(minimum),
                   QStringLiteral("value_error.number.not_gt"));
        return std::nullopt;
    }
    if (!strictlyGreater && value < minimum) {
        issues.add(name,
                   QStringLiteral("ensure this value is greater than or equal to %1").arg(minimum),
                   QStringLiteral("value_error.number.not_ge"));
        return std::nullopt;
    }
    return value;
}

// `yyyy-MM-ddTHH:mm:ss` or `yyyy-MM-ddTHH:mm:ss.ffffff` (six digits), taken as UTC.
std::optional<QDateTime> readDate(const QueryParams &query, const QString &name, Issues &issues)
{
    const std::optional<QString> text = query.value(name);
    if (!text)
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{6}))?$"));
    const QRegularExpressionMatch m = pattern.match(*text);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int micros = m.captured(7).isEmpty() ? 0 : m.captured(7).toInt();
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                         micros / 1000);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    issues.add(name, QStringLiteral("invalid datetime format"),
               QStringLiteral("value_error.datetime"));
    return std::nullopt;
}

std::optional<QString> readEnum(const QueryParams &query, const QString &name,
                                const QStringList &permitted, Issues &issues)
{
    const std::optional<QString> text = query.value(name);
    if (!text) {
        issues.add(name, QStringLiteral("field required"), QStringLiteral("value_error.missing"));
        return std::nullopt;
    }
    if (!permitted.contains(*text)) {
        QStringList quoted;
        for (const QString &value : permitted)
            quoted.append(QLatin1Char('\'') + value + QLatin1Char('\''));
        issues.add(name,
                   QStringLiteral("value is not a valid enumeration member; permitted: %1")
                       .arg(quoted.join(QStringLiteral(", "))),
                   QStringLiteral("type_error.enum"));
        return std::nullopt;
    }
    return text;
}

struct Range
{
    QDateTime from;
    QDateTime to;
};

// from_date/to_date, else days_before_now (> 0) before now. Adds to issues when neither.
std::optional<Range> readRange(const QueryParams &query, Issues &issues, const QDateTime &now)
{
    const std::optional<QDateTime> from = readDate(query, QStringLiteral("from_date"), issues);
    const std::optional<QDateTime> to = readDate(query, QStringLiteral("to_date"), issues);
    const std::optional<qint64> daysBefore =
        readInteger(query, QStringLiteral("days_before_now"), issues, 0);
    if (!issues.isEmpty())
        return std::nullopt;
    if (from && to)
        return Range{*from, *to};
    if (daysBefore && *daysBefore > 0)
        return Range{now.addDays(-*daysBefore), now};
    issues.add(
        {},
        QStringLiteral("one of days_before_now or from_date/to_date parameters must have value"),
        QStringLiteral("value_error"));
    return std::nullopt;
}

QString bucketTimestamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

HttpAnswer unauthorized(const QString &text)
{
    HttpAnswer answer = HttpAnswer::detail(401, text);
    answer.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return answer;
}

HttpAnswer forbidden()
{
    return HttpAnswer::detail(
        403, QStringLiteral("Permission denied: only an account admin may see other users"));
}

QByteArray randomToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw;
    for (const quint32 word : words) {
        for (unsigned shift = 0; shift < 32; shift += 8)
            raw.append(static_cast<char>((word >> shift) & 0xffU));
    }
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

SandboxApi::SandboxApi(const SandboxOptions &options, const SandboxData &data)
    : m_options(options)
    , m_data(data)
{}

HttpAnswer SandboxApi::handle(const RecordedRequest &request)
{
    const HttpAnswer notFound = HttpAnswer::detail(404, QStringLiteral("Not Found"));
    if (request.path.startsWith(QLatin1Char('/')))
        return notFound;

    const std::optional<RouteMatch> match = matchRoute(request.path);
    if (!match) {
        // Like FastAPI's redirect_slashes: the other spelling of a known path gets a 307.
        const QString other = request.path.endsWith(QLatin1Char('/'))
                                  ? request.path.chopped(1)
                                  : request.path + QLatin1Char('/');
        if (other.isEmpty() || !matchRoute(other))
            return notFound;
        QByteArray host = request.header(QByteArrayLiteral("host"));
        if (host.isEmpty())
            host = QByteArrayLiteral("127.0.0.1");
        QByteArray location = "http://" + host + "/v1/" + other.toUtf8();
        if (!request.rawQuery.isEmpty())
            location += '?' + request.rawQuery;
        HttpAnswer answer = HttpAnswer::json(307, {});
        answer.headers.append({QByteArrayLiteral("Location"), location});
        return answer;
    }
    if (request.method != match->method) {
        HttpAnswer answer = HttpAnswer::detail(405, QStringLiteral("Method Not Allowed"));
        answer.headers.append({QByteArrayLiteral("Allow"), match->method});
        return answer;
    }
    if (match->route == Route::AuthToken)
        return authToken(request);

    Call call{request, QueryParams::parse(request.rawQuery), nullptr};
    if (std::optional<HttpAnswer> refused = authenticate(call))
        return *refused;

    switch (match->route) {
    case Route::UsageApi:
        return usageApi(call);
    case Route::UsageProcess:
        return usageProcess(call);
    case Route::UsageSummary:
        return usageSummary(call);
    case Route::UsageUpdate:
        return usageUpdate(call);
    case Route::UsersMe:
        return usersMe(call);
    case Route::UserById:
        return userById(call, match->userId);
    case Route::ApiKeys:
        return apiKeys(call);
    case Route::AuthToken:
        break;
    }
    return notFound;
}

std::optional<HttpAnswer> SandboxApi::authenticate(Call &call) const
{
    // The first credential that is present wins: Authorization header, then apikey.
    const QByteArray authorization = call.request.header(QByteArrayLiteral("authorization"));
    if (!authorization.isNull()) {
        const QByteArray value = authorization.trimmed();
        if (!value.toLower().startsWith("bearer "))
            return unauthorized(QStringLiteral(
                "Unsupported Authorization header: expected \"Bearer <access token>\""));
        if (!m_tokens.contains(value.mid(7).trimmed()))
            return unauthorized(
                QStringLiteral("Could not validate credentials: unknown access token"));
        call.caller = &m_data.mainUser();
        return std::nullopt;
    }

    const std::optional<QString> apiKey = call.query.value(QStringLiteral("apikey"));
    if (!apiKey)
        return unauthorized(QStringLiteral("Not authenticated: send an Authorization: Bearer "
                                           "header or an apikey query parameter"));
    const QByteArray key = apiKey->toUtf8();
    if (!key.isEmpty()) {
        if (m_options.apiKeys.contains(key)) {
            call.caller = &m_data.mainUser();
            return std::nullopt;
        }
        if (!m_options.viewerApiKey.isEmpty() && key == m_options.viewerApiKey) {
            call.caller = &m_data.otherUser();
            return std::nullopt;
        }
        const int index = m_data.keyIndex(key);
        if (index >= 0 && m_data.apiKeys().at(index).ownerId == m_data.mainUser().id) {
            if (m_data.apiKeys().at(index).revoked)
                return unauthorized(QStringLiteral("API key has been revoked"));
            call.caller = &m_data.mainUser();
            return std::nullopt;
        }
    }
    return unauthorized(QStringLiteral("Invalid API key"));
}

std::optional<HttpAnswer> SandboxApi::checkUserAccess(const Call &call, qint64 userId) const
{
    if (userId == call.caller->id)
        return std::nullopt;
    if (!call.caller->isAdmin())
        return forbidden();
    if (!m_data.userById(userId))
        return HttpAnswer::detail(404, QStringLiteral("User not found"));
    return std::nullopt;
}

HttpAnswer SandboxApi::usageApi(const Call &call) const
{
    Issues issues;
    const std::optional<QString> eid = call.query.value(QStringLiteral("eid"));
    if (!eid)
        issues.add(QStringLiteral("eid"), QStringLiteral("field required"),
                   QStringLiteral("value_error.missing"));
    const std::optional<QString> scale =
        readEnum(call.query, QStringLiteral("scale"),
                 {QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("month")}, issues);
    const std::optional<QString> param =
        readEnum(call.query, QStringLiteral("param"),
                 {QStringLiteral("traffic"), QStringLiteral("calls")}, issues);
    const std::optional<qint64> limit =
        readInteger(call.query, QStringLiteral("limit"), issues, 0, true);
    if (!issues.isEmpty())
        return issues.answer();
    const QDateTime now = m_data.now();
    const std::optional<Range> range = readRange(call.query, issues, now);
    if (!range)
        return issues.answer();

    // eid: a user id (the account) or a key secret (that key).
    bool numeric = false;
    const qint64 userId = eid->toLongLong(&numeric);
    if (numeric) {
        if (std::optional<HttpAnswer> refused = checkUserAccess(call, userId))
            return *refused;
    } else {
        const int index = m_data.keyIndex(eid->toUtf8());
        if (index < 0)
            return HttpAnswer::detail(404, QStringLiteral("API key not found"));
        if (m_data.apiKeys().at(index).ownerId != call.caller->id && !call.caller->isAdmin())
            return forbidden();
    }

    // Buckets before the data window or after now are all zero, and zeros are left out.
    const QDateTime from = std::max(range->from, m_data.windowStart());
    const QDateTime to = std::min(range->to, now);
    QList<QByteArray> pairs;
    if (from <= to) {
        const auto buckets = m_data.series(*eid, *scale, *param, from, to);
        for (const auto &[start, value] : buckets) {
            if (value != 0)
                pairs.append(
                    json::array({json::string(bucketTimestamp(start)), json::number(value)}));
        }
    }
    // The most recent ones: 10 unless a limit says otherwise.
    const qsizetype keep = limit ? static_cast<qsizetype>(std::min<qint64>(*limit, pairs.size()))
                                 : std::min<qsizetype>(10, pairs.size());
    return HttpAnswer::json(200, json::array(pairs.mid(pairs.size() - keep)));
}

HttpAnswer SandboxApi::usageProcess(const Call &call) const
{
    Issues issues;
    const std::optional<qint64> userId =
        readInteger(call.query, QStringLiteral("user_id"), issues, 0, true);
    if (!issues.isEmpty())
        return issues.answer();
    const std::optional<Range> range = readRange(call.query, issues, m_data.now());
    if (!range)
        return issues.answer();
    const qint64 target = userId.value_or(call.caller->id);
    if (std::optional<HttpAnswer> refused = checkUserAccess(call, target))
        return *refused;
    return HttpAnswer::json(200,
                            json::number(m_data.processSeconds(target, range->from, range->to), 6));
}

HttpAnswer SandboxApi::usageSummary(const Call &call) const
{
    Issues issues;
    const std::optional<qint64> userId =
        readInteger(call.query, QStringLiteral("user_id"), issues, 0, true);
    if (!issues.isEmpty())
        return issues.answer();
    const qint64 target = userId.value_or(call.caller->id);
    if (std::optional<HttpAnswer> refused = checkUserAccess(call, target))
        return *refused;
    return HttpAnswer::json(200, summaryJson(m_data.summary(target)));
}

HttpAnswer SandboxApi::usageUpdate(const Call &call) const
{
    Issues issues;
    const QByteArray body = call.request.body.trimmed();
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        issues.add({}, QStringLiteral("Expecting a JSON object: {} or {\"user_id\": N}"),
                   QStringLiteral("value_error.jsondecode"), QStringLiteral("body"));
        return issues.answer();
    }
    qint64 target = call.caller->id;
    const QJsonValue userId = document.object().value(QStringLiteral("user_id"));
    if (!userId.isUndefined() && !userId.isNull()) {
        const double number = userId.toDouble();
        if (!userId.isDouble() || std::floor(number) != number) {
            issues.add(QStringLiteral("user_id"), QStringLiteral("value is not a valid integer"),
                       QStringLiteral("type_error.integer"), QStringLiteral("body"));
            return issues.answer();
        }
        target = userId.toInteger();
    }
    if (std::optional<HttpAnswer> refused = checkUserAccess(call, target))
        return *refused;
    return HttpAnswer::json(200, summaryJson(m_data.summary(target)));
}

HttpAnswer SandboxApi::usersMe(const Call &call) const
{
    return HttpAnswer::json(200, userJson(*call.caller));
}

HttpAnswer SandboxApi::userById(const Call &call, const QString &id) const
{
    bool ok = false;
    const qint64 userId = id.toLongLong(&ok);
    if (!ok) {
        Issues issues;
        issues.add(QStringLiteral("user_id"), QStringLiteral("value is not a valid integer"),
                   QStringLiteral("type_error.integer"), QStringLiteral("path"));
        return issues.answer();
    }
    if (std::optional<HttpAnswer> refused = checkUserAccess(call, userId))
        return *refused;
    return HttpAnswer::json(200, userJson(*m_data.userById(userId)));
}

HttpAnswer SandboxApi::apiKeys(const Call &call) const
{
    Issues issues;
    const qint64 skip = readInteger(call.query, QStringLiteral("skip"), issues, 0).value_or(0);
    const qint64 limit = readInteger(call.query, QStringLiteral("limit"), issues, 0).value_or(10);
    if (!issues.isEmpty())
        return issues.answer();
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
        items.append(json::object({{"id", json::number(key.id)},
                                   {"name", json::string(key.name)},
                                   {"key", json::string(QString::fromLatin1(key.key))},
                                   {"revoked", json::boolean(key.revoked)}}));
    }
    return HttpAnswer::json(200, json::array(items));
}

HttpAnswer SandboxApi::authToken(const RecordedRequest &request)
{
    const QueryParams form = QueryParams::parse(request.body);
    const std::optional<QString> username = form.value(QStringLiteral("username"));
    const std::optional<QString> password = form.value(QStringLiteral("password"));
    if (!username || !password) {
        Issues issues;
        if (!username)
            issues.add(QStringLiteral("username"), QStringLiteral("field required"),
                       QStringLiteral("value_error.missing"), QStringLiteral("body"));
        if (!password)
            issues.add(QStringLiteral("password"), QStringLiteral("field required"),
                       QStringLiteral("value_error.missing"), QStringLiteral("body"));
        return issues.answer();
    }
    const bool configured = !m_options.username.isEmpty() && !m_options.password.isEmpty();
    if (!configured || *username != m_options.username || *password != m_options.password)
        return unauthorized(QStringLiteral("Incorrect username or password"));

    const QByteArray token = randomToken();
    m_tokens.insert(token);
    return HttpAnswer::json(
        200, json::object({{"access_token", json::string(QString::fromLatin1(token))},
                           {"token_type", json::string(u"bearer")}}));
}

QByteArray SandboxApi::userJson(const SandboxUser &user) const
{
    const SandboxPlan &plan = user.plan;
    const QByteArray planJson = json::object({
        {"id", json::number(plan.id)},
        {"name", json::string(plan.name)},
        {"display_name", json::string(plan.displayName)},
        {"description", json::string(plan.description)},
        {"plan_color", json::string(plan.planColor)},
        {"storage", json::number(plan.storage)},
        {"concurrent_tasks", json::number(plan.concurrentTasks)},
        {"daily_api_calls", json::number(plan.dailyApiCalls)},
        {"monthly_api_calls", json::number(plan.monthlyApiCalls)},
        {"daily_traffic", json::number(plan.dailyTraffic)},
        {"monthly_traffic", json::number(plan.monthlyTraffic)},
        {"daily_process", json::number(plan.dailyProcess)},
        {"monthly_process", json::number(plan.monthlyProcess)},
        {"number_of_days", json::number(plan.numberOfDays)},
    });
    const QByteArray expiration =
        user.expirationDate.isValid()
            ? json::string(user.expirationDate.toUTC().toString(
                               QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
                           QStringLiteral("000"))
            : json::null();
    return json::object({
        {"id", json::number(user.id)},
        {"username", json::string(user.username)},
        {"email", json::string(user.email)},
        {"first_name", json::string(user.firstName)},
        {"last_name", json::string(user.lastName)},
        {"role", json::string(user.role)},
        {"status", json::string(user.status)},
        {"expiration_date", expiration},
        {"plan", planJson},
    });
}

QByteArray SandboxApi::summaryJson(const UsageSummary &s) const
{
    return json::object({
        {"available_storage", json::number(s.availableStorage)},
        {"used_storage", json::number(s.usedStorage)},
        {"max_daily_api_calls", json::number(s.maxDailyApiCalls)},
        {"daily_api_calls", json::number(s.dailyApiCalls)},
        {"max_monthly_api_calls", json::number(s.maxMonthlyApiCalls)},
        {"monthly_api_calls", json::number(s.monthlyApiCalls)},
        {"max_daily_traffic", json::number(s.maxDailyTraffic)},
        {"daily_traffic", json::number(s.dailyTraffic)},
        {"max_monthly_traffic", json::number(s.maxMonthlyTraffic)},
        {"monthly_traffic", json::number(s.monthlyTraffic)},
        {"max_daily_process", json::number(s.maxDailyProcess)},
        {"daily_process", json::number(s.dailyProcess)},
        {"max_monthly_process", json::number(s.maxMonthlyProcess)},
        {"monthly_process", json::number(s.monthlyProcess)},
        {"remaining_days", s.remainingDays ? json::number(*s.remainingDays) : json::null()},
    });
}

} // namespace sandbox
