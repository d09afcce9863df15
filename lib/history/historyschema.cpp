#include "historyschema.h"

namespace geobox {

// One list of statements per schema version: historyMigrations()[v - 1] takes a store from
// version v - 1 to v. Types are the portable ones (BIGINT, TEXT, SMALLINT). The DDL is
// SQLite's where it pays (WITHOUT ROWID, version 4): a shared PostgreSQL store would have
// DDL of its own anyway; the statements that read and write the tables stay portable SQL.
const QList<QStringList> &historyMigrations()
{
    static const QList<QStringList> steps = {
        // 1: usage buckets, the series they belong to, and the ranges asked.
        {
            QStringLiteral("CREATE TABLE series (id INTEGER PRIMARY KEY, server TEXT NOT NULL, "
                           "user_id BIGINT NOT NULL, resource TEXT NOT NULL, scale TEXT NOT NULL, "
                           "metric TEXT NOT NULL, first_bucket BIGINT, "
                           "UNIQUE (server, user_id, resource, scale, metric))"),
            QStringLiteral("CREATE TABLE buckets (series_id BIGINT NOT NULL, "
                           "bucket_start BIGINT NOT NULL, bucket_end BIGINT NOT NULL, "
                           "value BIGINT NOT NULL, fetched_at BIGINT NOT NULL, "
                           "PRIMARY KEY (series_id, bucket_start))"),
            QStringLiteral("CREATE TABLE fetches (series_id BIGINT NOT NULL, "
                           "range_from BIGINT NOT NULL, range_to BIGINT NOT NULL, "
                           "fetched_at BIGINT NOT NULL)"),
        },
        // 2: what the window and the commands need without a network, and whose history.
        {
            QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE identities (server TEXT NOT NULL, identity TEXT NOT NULL, "
                           "user_id BIGINT NOT NULL, seen_at BIGINT NOT NULL, "
                           "PRIMARY KEY (server, identity))"),
            QStringLiteral("CREATE TABLE users (server TEXT NOT NULL, user_id BIGINT NOT NULL, "
                           "body TEXT NOT NULL, fetched_at BIGINT NOT NULL, "
                           "PRIMARY KEY (server, user_id))"),
            QStringLiteral("CREATE TABLE api_keys (server TEXT NOT NULL, user_id BIGINT NOT NULL, "
                           "key_id BIGINT NOT NULL, name TEXT NOT NULL, revoked SMALLINT NOT NULL, "
                           "position BIGINT NOT NULL, PRIMARY KEY (server, user_id, key_id))"),
            QStringLiteral("CREATE TABLE summaries (server TEXT NOT NULL, user_id BIGINT NOT NULL, "
                           "resource TEXT NOT NULL, body TEXT NOT NULL, "
                           "fetched_at BIGINT NOT NULL, PRIMARY KEY (server, user_id, resource))"),
        },
        // 3: alerts that fired, once per rule and period.
        {
            QStringLiteral("CREATE TABLE alerts (server TEXT NOT NULL, user_id BIGINT NOT NULL, "
                           "rule_id TEXT NOT NULL, period_key TEXT NOT NULL, "
                           "fired_at BIGINT NOT NULL, level TEXT NOT NULL, "
                           "PRIMARY KEY (server, user_id, rule_id, period_key))"),
        },
        // 4: the buckets clustered by their key (series, start): one B-tree a row instead of
        // a rowid table and its key's index, so a write does half the B-tree work and a
        // range read is one scan instead of an index scan and a table lookup a row.
        {
            QStringLiteral("CREATE TABLE buckets_v4 (series_id BIGINT NOT NULL, "
                           "bucket_start BIGINT NOT NULL, bucket_end BIGINT NOT NULL, "
                           "value BIGINT NOT NULL, fetched_at BIGINT NOT NULL, "
                           "PRIMARY KEY (series_id, bucket_start)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO buckets_v4 (series_id, bucket_start, bucket_end, value, "
                           "fetched_at) SELECT series_id, bucket_start, bucket_end, value, "
                           "fetched_at FROM buckets"),
            QStringLiteral("DROP TABLE buckets"),
            QStringLiteral("ALTER TABLE buckets_v4 RENAME TO buckets"),
        },
    };
    return steps;
}

} // namespace geobox
