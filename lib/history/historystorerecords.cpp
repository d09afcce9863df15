// HistoryStore: what the window and the commands need without a network (the user, the
// key list, the last summary), whose history it is (identities), alerts, and clearing.

#include "historyrecords.h"
#include "historystore.h"
#include "parsers.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace geobox {

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

QString HistoryStore::salt()
{
    if (!m_open)
        return {};
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'salt'")) && q.next())
        return q.value(0).toString();
    q.finish();
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QString made = QString::fromLatin1(bytes.toHex());
    q.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES ('salt', ?) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(made);
    if (!q.exec()) {
        failWrite(q.lastError().databaseText());
        return {};
    }
    // Another process may have made it first: read back the one that is kept.
    q.finish();
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'salt'")) && q.next())
        return q.value(0).toString();
    return {};
}

QString HistoryStore::identityHash(const QString &salt, const Credentials &credentials) const
{
    QString message;
    switch (credentials.kind()) {
    case Credentials::Kind::None:
        return {};
    case Credentials::Kind::AccessToken:
        message = QStringLiteral("token:") + credentials.secret();
        break;
    case Credentials::Kind::ApiKey:
        message = QStringLiteral("apikey:") + credentials.secret();
        break;
    case Credentials::Kind::UsernamePassword:
        // The user name says whose history it is; the password is never used.
        message = QStringLiteral("username:") + credentials.username();
        break;
    }
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message.toUtf8(), QByteArray::fromHex(salt.toLatin1()),
                                         QCryptographicHash::Sha256)
            .toHex());
}

std::optional<qint64> HistoryStore::userForCredentials(const QString &server,
                                                       const Credentials &credentials) const
{
    if (!m_open || credentials.isEmpty())
        return std::nullopt;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'salt'")) || !q.next())
        return std::nullopt; // no salt: nothing was ever remembered
    const QString hash = identityHash(q.value(0).toString(), credentials);
    q.finish();
    q.prepare(QStringLiteral("SELECT user_id FROM identities WHERE server = ? AND identity = ?"));
    q.addBindValue(server);
    q.addBindValue(hash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void HistoryStore::rememberCredentials(const QString &server, const Credentials &credentials,
                                       qint64 userId)
{
    if (!m_open || credentials.isEmpty() || userId <= 0)
        return;
    const QString s = salt();
    if (s.isEmpty())
        return;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO identities (server, identity, user_id, seen_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (server, identity) DO UPDATE SET user_id = excluded.user_id, "
        "seen_at = excluded.seen_at"));
    q.addBindValue(server);
    q.addBindValue(identityHash(s, credentials));
    q.addBindValue(userId);
    q.addBindValue(nowSeconds());
    if (!q.exec())
        failWrite(q.lastError().databaseText());
}

void HistoryStore::storeAccount(const QString &server, const User &user, const QList<ApiKey> &keys)
{
    if (!m_open || user.id <= 0)
        return;
    QSqlDatabase d = db();
    if (!d.transaction())
        return failWrite(d.lastError().databaseText());
    QSqlQuery q(d);
    auto fail = [&] { failWrite(q.lastError().databaseText()); };
    q.prepare(QStringLiteral("INSERT INTO users (server, user_id, body, fetched_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (server, user_id) DO UPDATE SET "
                             "body = excluded.body, fetched_at = excluded.fetched_at"));
    q.addBindValue(server);
    q.addBindValue(user.id);
    q.addBindValue(QString::fromUtf8(userToJson(user)));
    q.addBindValue(nowSeconds());
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("DELETE FROM api_keys WHERE server = ? AND user_id = ?"));
    q.addBindValue(server);
    q.addBindValue(user.id);
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("INSERT INTO api_keys (server, user_id, key_id, name, revoked, "
                             "position) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        q.addBindValue(server);
        q.addBindValue(user.id);
        q.addBindValue(keys[i].id);
        q.addBindValue(keys[i].name);
        q.addBindValue(keys[i].revoked ? 1 : 0);
        q.addBindValue(qint64(i));
        if (!q.exec())
            return fail();
    }
    q.finish();
    if (!d.commit())
        failWrite(d.lastError().databaseText());
}

std::optional<User> HistoryStore::user(const HistoryScope &scope) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT body FROM users WHERE server = ? AND user_id = ?"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Result<User> parsed = parseUser(q.value(0).toString().toUtf8(), QTimeZone::utc());
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

QList<ApiKey> HistoryStore::apiKeys(const HistoryScope &scope) const
{
    QList<ApiKey> keys;
    if (!m_open)
        return keys;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT key_id, name, revoked FROM api_keys WHERE server = ? AND "
                             "user_id = ? ORDER BY position"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    if (!q.exec())
        return keys;
    while (q.next())
        keys.append({q.value(0).toLongLong(), q.value(1).toString(), {}, q.value(2).toInt() != 0});
    return keys;
}

void HistoryStore::storeSummary(const HistoryScope &scope, const QString &resource,
                                const UsageSummary &summary, const QDateTime &fetchedAt)
{
    if (!m_open || !scope.isValid())
        return;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO summaries (server, user_id, resource, body, fetched_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (server, user_id, resource) DO UPDATE SET "
        "body = excluded.body, fetched_at = excluded.fetched_at"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    q.addBindValue(resource);
    q.addBindValue(QString::fromUtf8(summaryToJson(summary)));
    q.addBindValue(fetchedAt.toSecsSinceEpoch());
    if (!q.exec())
        failWrite(q.lastError().databaseText());
}

std::optional<StoredSummary> HistoryStore::summary(const HistoryScope &scope,
                                                   const QString &resource) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT body, fetched_at FROM summaries WHERE server = ? AND "
                             "user_id = ? AND resource = ?"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    q.addBindValue(resource);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Result<UsageSummary> parsed = parseUsageSummary(q.value(0).toString().toUtf8());
    if (!parsed)
        return std::nullopt;
    return StoredSummary{parsed.value(),
                         QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc())};
}

bool HistoryStore::alertFired(const HistoryScope &scope, const QString &ruleId,
                              const QString &periodKey) const
{
    if (!m_open)
        return false;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM alerts WHERE server = ? AND user_id = ? AND "
                             "rule_id = ? AND period_key = ?"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    q.addBindValue(ruleId);
    q.addBindValue(periodKey);
    return q.exec() && q.next();
}

void HistoryStore::recordAlert(const HistoryScope &scope, const QString &ruleId,
                               const QString &periodKey, const QDateTime &firedAt,
                               const QString &level)
{
    if (!m_open || !scope.isValid())
        return;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO alerts (server, user_id, rule_id, period_key, fired_at, level) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (server, user_id, rule_id, period_key) "
        "DO NOTHING"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    q.addBindValue(ruleId);
    q.addBindValue(periodKey);
    q.addBindValue(firedAt.toSecsSinceEpoch());
    q.addBindValue(level);
    if (!q.exec())
        failWrite(q.lastError().databaseText());
}

void HistoryStore::forgetAlert(const HistoryScope &scope, const QString &ruleId,
                               const QString &periodKey)
{
    if (!m_open || !scope.isValid())
        return;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM alerts WHERE server = ? AND user_id = ? AND "
                             "rule_id = ? AND period_key = ?"));
    q.addBindValue(scope.server);
    q.addBindValue(scope.userId);
    q.addBindValue(ruleId);
    q.addBindValue(periodKey);
    if (!q.exec())
        failWrite(q.lastError().databaseText());
}

bool HistoryStore::clear()
{
    if (!m_open)
        return false;
    QSqlDatabase d = db();
    if (!d.transaction()) {
        failWrite(d.lastError().databaseText());
        return false;
    }
    for (const char *table : {"buckets", "fetches", "series", "identities", "users", "api_keys",
                              "summaries", "alerts", "meta"}) {
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            failWrite(q.lastError().databaseText());
            return false;
        }
    }
    if (!d.commit()) {
        failWrite(d.lastError().databaseText());
        return false;
    }
    // Give the space back; the deleted rows are not left in the file's free pages.
    execSql(QStringLiteral("VACUUM"));
    execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace geobox
