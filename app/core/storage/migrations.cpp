#include "migrations.h"

#include <algorithm>

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace clikc::migrations {
namespace {

// Each entry moves the schema from version N to N+1. Never edit a migration that has shipped:
// add a new one. Texts that exist in several languages keep the default in their column and the
// others in the row's `i18n` JSON object: {"fr": {"title": "…"}, "es": {…}}.
const QStringList &steps()
{
    static const QStringList kSteps = {
        // 1: the offline library.
        uR"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('bundled', 'mirror', 'moodle', 'totara')),
    remote_id   TEXT NOT NULL,
    base_url    TEXT NOT NULL,
    title       TEXT NOT NULL,
    i18n        TEXT,
    allow_http  INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    UNIQUE (kind, remote_id)
);
CREATE TABLE profiles (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    source_id       INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    remote_user_id  INTEGER,
    username        TEXT,
    language        TEXT,
    created_at      INTEGER NOT NULL,
    last_used_at    INTEGER
);
INSERT INTO profiles (id, name, created_at) VALUES (1, 'local', strftime('%s', 'now'));
CREATE TABLE courses (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    remote_id      TEXT NOT NULL,
    short_name     TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL,
    summary        TEXT NOT NULL DEFAULT '',
    i18n           TEXT,
    language       TEXT,
    time_modified  INTEGER NOT NULL DEFAULT 0,
    added_at       INTEGER NOT NULL,
    UNIQUE (source_id, remote_id)
);
CREATE TABLE sections (
    id         INTEGER PRIMARY KEY,
    course_id  INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    i18n       TEXT,
    UNIQUE (course_id, remote_id)
);
CREATE TABLE activities (
    id             INTEGER PRIMARY KEY,
    section_id     INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    remote_id      TEXT NOT NULL,
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    entry_path     TEXT NOT NULL DEFAULT '',
    url            TEXT,
    completion     TEXT NOT NULL DEFAULT 'none'
                   CHECK (completion IN ('none', 'viewed', 'watched', 'manual', 'automatic')),
    i18n           TEXT,
    time_modified  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (section_id, remote_id)
);
CREATE TABLE blobs (
    sha256       TEXT PRIMARY KEY,
    size         INTEGER NOT NULL,
    state        TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'quarantined')),
    stored_at    INTEGER NOT NULL,
    verified_at  INTEGER
);
CREATE TABLE files (
    id                    INTEGER PRIMARY KEY,
    activity_id           INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    path                  TEXT NOT NULL,
    role                  TEXT NOT NULL DEFAULT 'main' CHECK (role IN ('main', 'alternative', 'asset')),
    mime_type             TEXT NOT NULL DEFAULT '',
    remote_url            TEXT,
    size                  INTEGER NOT NULL DEFAULT 0,
    remote_time_modified  INTEGER NOT NULL DEFAULT 0,
    remote_checksum       TEXT,
    remote_checksum_kind  TEXT CHECK (remote_checksum_kind IN ('sha1', 'sha256', 'md5')),
    sha256                TEXT REFERENCES blobs(sha256),
    state                 TEXT NOT NULL DEFAULT 'remote'
                          CHECK (state IN ('remote', 'queued', 'downloading', 'partial', 'ready',
                                           'update_available', 'failed', 'missing')),
    UNIQUE (activity_id, path)
);
CREATE INDEX files_sha256 ON files (sha256);
CREATE TABLE progress (
    profile_id    INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    activity_id   INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position_ms   INTEGER NOT NULL DEFAULT 0,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    watched_ms    INTEGER NOT NULL DEFAULT 0,
    seen_ranges   TEXT NOT NULL DEFAULT '',
    completed     INTEGER NOT NULL DEFAULT 0,
    completed_at  INTEGER,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (profile_id, activity_id)
);
)sql"_s,
        // 2: the transfer queue and the upload outbox, ahead of server sync.
        uR"sql(
CREATE TABLE downloads (
    id               INTEGER PRIMARY KEY,
    file_id          INTEGER NOT NULL UNIQUE REFERENCES files(id) ON DELETE CASCADE,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'running', 'paused', 'verifying',
                                                    'done', 'failed', 'cancelled')),
    part_path        TEXT,
    bytes_done       INTEGER NOT NULL DEFAULT 0,
    bytes_total      INTEGER,
    etag             TEXT,
    last_modified    TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    error_code       TEXT,
    error_detail     TEXT,
    priority         INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX downloads_state ON downloads (state, priority, id);
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id       INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    source_id        INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    activity_id      INTEGER REFERENCES activities(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL,
    payload          TEXT NOT NULL,
    idempotency_key  TEXT NOT NULL UNIQUE,
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    sent_at          INTEGER
);
CREATE INDEX outbox_pending ON outbox (profile_id, state, id);
)sql"_s,
        // 3: a profile's sign-in state (the token itself lives in the system keychain only), and
        // how often a download arrived damaged.
        uR"sql(
ALTER TABLE profiles ADD COLUMN signed_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE downloads ADD COLUMN verify_failures INTEGER NOT NULL DEFAULT 0;
)sql"_s,
        // 4: progress that the server must learn of. Activities keep their server identity
        // (module and instance) for the view and completion calls; progress remembers what the
        // server last said about completion; the outbox becomes the upload queue, whose rows
        // carry their own copy of that identity so that an action outlives a course re-sync.
        uR"sql(
ALTER TABLE activities ADD COLUMN module TEXT NOT NULL DEFAULT '';
ALTER TABLE activities ADD COLUMN instance_id TEXT NOT NULL DEFAULT '';
ALTER TABLE progress ADD COLUMN server_state INTEGER;
ALTER TABLE progress ADD COLUMN server_time_completed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN last_upload_at INTEGER;
CREATE TABLE uploads (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid             TEXT NOT NULL UNIQUE,
    profile_id       INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    source_id        INTEGER NOT NULL REFERENCES sources(id),
    course_id        INTEGER REFERENCES courses(id) ON DELETE SET NULL,
    activity_id      INTEGER REFERENCES activities(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL
                     CHECK (kind IN ('course_view', 'activity_view', 'completion', 'scorm_tracks')),
    target           TEXT NOT NULL,
    payload          TEXT NOT NULL,
    order_key        TEXT NOT NULL,
    merge_key        TEXT,
    title            TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'rejected')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    error_code       TEXT,
    error_message    TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX uploads_queue ON uploads (profile_id, state, id);
CREATE INDEX uploads_merge ON uploads (profile_id, merge_key) WHERE state = 'pending';
INSERT INTO uploads (uuid, profile_id, source_id, course_id, activity_id, kind, target, payload,
                     order_key, merge_key, title, created_at, updated_at)
SELECT lower(hex(randomblob(16))), o.profile_id, c.source_id, c.id, a.id, 'completion',
       json_object('course', c.remote_id, 'cmid', a.remote_id, 'module', '', 'instance', ''),
       json_object('completed', json('true'), 'time', o.created_at * 1000),
       'activity:' || a.id, 'completion:' || a.id, a.title, o.created_at * 1000,
       o.created_at * 1000
FROM outbox o JOIN activities a ON a.id = o.activity_id JOIN sections s ON s.id = a.section_id
JOIN courses c ON c.id = s.course_id JOIN sources src ON src.id = c.source_id
WHERE o.state <> 'sent' AND o.kind = 'completion' AND src.kind IN ('moodle', 'totara');
DROP TABLE outbox;
)sql"_s,
        // 5: SCORM lessons. What the run-time left of each learner's attempt at each SCO (the
        // data model's values as JSON), the server's id of each SCO, which the tracks need, and
        // which package an activity's unpacked files (role 'asset') came from.
        uR"sql(
CREATE TABLE scorm_attempts (
    profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    activity_id  INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    sco          TEXT NOT NULL,
    attempt      INTEGER NOT NULL CHECK (attempt >= 1),
    data         TEXT NOT NULL DEFAULT '{}',
    finished     INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (profile_id, activity_id, sco, attempt)
);
ALTER TABLE activities ADD COLUMN package_sha256 TEXT;
CREATE TABLE scorm_scoes (
    activity_id  INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    identifier   TEXT NOT NULL,
    remote_id    INTEGER NOT NULL,
    PRIMARY KEY (activity_id, identifier)
);
)sql"_s,
        // 6: how many attempts the site allows at a SCORM activity (0: no limit).
        uR"sql(
ALTER TABLE activities ADD COLUMN max_attempts INTEGER NOT NULL DEFAULT 0;
)sql"_s,
        // 7: since when (this computer's clock, ms) the server knows what we last sent about an
        // activity: an answer about its completion asked for earlier is out of date.
        uR"sql(
ALTER TABLE progress ADD COLUMN server_known_at INTEGER NOT NULL DEFAULT 0;
)sql"_s,
        // 8: a SCORM activity's auto-continue setting (the site's `auto`): when a part ends,
        // the next one opens.
        uR"sql(
ALTER TABLE activities ADD COLUMN auto_continue INTEGER NOT NULL DEFAULT 0;
)sql"_s,
        // 9: a learner's progress and SCORM attempts on an activity its source stopped listing,
        // kept by the source's identity of the course and the activity (each row as JSON), and
        // given back when the activity comes back: a source never deletes a learner's work.
        uR"sql(
CREATE TABLE kept_progress (
    profile_id          INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    source_id           INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    course_remote_id    TEXT NOT NULL,
    activity_remote_id  TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('progress', 'scorm')),
    data                TEXT NOT NULL,
    kept_at             INTEGER NOT NULL
);
CREATE INDEX kept_progress_activity
    ON kept_progress (source_id, course_remote_id, activity_remote_id);
)sql"_s,
        // 10: a download's error is kept as a stable key ("site:timeout", "no_space"…), no longer
        // as the number of an enum value that moves when a value is added. Numbers are read
        // with the numbering of the version that wrote them (see apply() for libraries older
        // than schema 8); "invalidtoken" and "verification" were keys already.
        uR"sql(
UPDATE downloads SET error_code = CASE error_code
    WHEN '0' THEN NULL
    WHEN '1' THEN 'site:invalid_site_url'
    WHEN '2' THEN 'site:insecure_transport'
    WHEN '3' THEN 'site:plain_http_only'
    WHEN '4' THEN 'site:not_a_moodle_site'
    WHEN '5' THEN 'site:invalid_login'
    WHEN '6' THEN 'site:invalid_token'
    WHEN '7' THEN 'site:web_services_disabled'
    WHEN '8' THEN 'site:missing_functions'
    WHEN '9' THEN 'site:downloads_disabled'
    WHEN '10' THEN 'site:access_denied'
    WHEN '11' THEN 'site:not_found'
    WHEN '12' THEN 'site:maintenance'
    WHEN '13' THEN 'site:server_error'
    WHEN '14' THEN 'site:malformed_response'
    WHEN '15' THEN 'site:http_error'
    WHEN '16' THEN 'site:timeout'
    WHEN '17' THEN 'site:connection_failed'
    WHEN '18' THEN 'site:tls_error'
    WHEN '19' THEN 'site:cancelled'
    WHEN '20' THEN 'no_space'
    WHEN '21' THEN 'verification'
    WHEN '22' THEN 'site:unsafe_redirect'
    WHEN '23' THEN 'foreign_file_url'
    WHEN '24' THEN 'write_failed'
    WHEN 'invalidtoken' THEN 'site:invalid_token'
    ELSE error_code END
)sql"_s,
        // 11: the scheduler reads only what may start (the next queued files, in order, and the
        // earliest retry), by index, instead of the whole queue for every file that finishes:
        // the old index, ascending on priority, left SQLite sorting every queued row.
        uR"sql(
DROP INDEX downloads_state;
CREATE INDEX downloads_queue ON downloads (state, priority DESC, id);
CREATE INDEX downloads_retry ON downloads (state, next_attempt_at)
)sql"_s,
        // 12: a large file fetched over several connections at once has holes in its .part
        // file until every range is in: the byte ranges written ("start-end,...", end
        // exclusive), so that a restart asks only for what is missing. NULL: the .part file
        // holds one run from byte 0, and its size says how far it got (as before).
        uR"sql(
ALTER TABLE downloads ADD COLUMN ranges TEXT
)sql"_s,
        // 13: the library list as it was last read, per profile (CourseRepository::
        // keepSummaries): a start reads it instead of adding up 20,000 files. Any write that
        // could change a figure in it deletes it, in the same transaction (the triggers, so no
        // write path can forget; a learner's progress only when a completion changes); the next
        // whole read computes and keeps it again. The WHERE keeps SQLite from truncating (and
        // writing) the empty table at every such write.
        uR"sql(
CREATE TABLE summary_snapshot (
    profile_id  INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
    format      INTEGER NOT NULL,
    data        BLOB NOT NULL
);
CREATE TRIGGER summary_snapshot_sources_insert AFTER INSERT ON sources
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_sources_delete AFTER DELETE ON sources
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_sources_update AFTER UPDATE OF kind, title, i18n ON sources WHEN OLD.kind IS NOT NEW.kind OR OLD.title IS NOT NEW.title OR OLD.i18n IS NOT NEW.i18n
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_courses_insert AFTER INSERT ON courses
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_courses_delete AFTER DELETE ON courses
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_courses_update AFTER UPDATE OF source_id, remote_id, short_name, title, summary, i18n, added_at ON courses WHEN OLD.source_id IS NOT NEW.source_id OR OLD.remote_id IS NOT NEW.remote_id OR OLD.short_name IS NOT NEW.short_name OR OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary OR OLD.i18n IS NOT NEW.i18n OR OLD.added_at IS NOT NEW.added_at
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_sections_insert AFTER INSERT ON sections
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_sections_delete AFTER DELETE ON sections
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_sections_update AFTER UPDATE OF course_id ON sections WHEN OLD.course_id IS NOT NEW.course_id
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_activities_insert AFTER INSERT ON activities
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_activities_delete AFTER DELETE ON activities
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_activities_update AFTER UPDATE OF section_id, completion ON activities WHEN OLD.section_id IS NOT NEW.section_id OR OLD.completion IS NOT NEW.completion
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_files_insert AFTER INSERT ON files
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_files_delete AFTER DELETE ON files
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_files_update AFTER UPDATE OF activity_id, size, sha256, state ON files WHEN OLD.activity_id IS NOT NEW.activity_id OR OLD.size IS NOT NEW.size OR OLD.sha256 IS NOT NEW.sha256 OR OLD.state IS NOT NEW.state
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_progress_insert AFTER INSERT ON progress WHEN NEW.completed = 1
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_progress_delete AFTER DELETE ON progress WHEN OLD.completed = 1
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_progress_update AFTER UPDATE OF profile_id, activity_id, completed ON progress WHEN OLD.profile_id IS NOT NEW.profile_id OR OLD.activity_id IS NOT NEW.activity_id OR OLD.completed IS NOT NEW.completed
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_blobs_insert AFTER INSERT ON blobs
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_blobs_delete AFTER DELETE ON blobs
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
CREATE TRIGGER summary_snapshot_blobs_update AFTER UPDATE OF size ON blobs WHEN OLD.size IS NOT NEW.size
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
)sql"_s,
        // 14: learners sharing a workstation. A learner's PIN or passphrase as an Argon2id hash
        // (libsodium's crypto_pwhash_str form; NULL: none), and the wrong tries in a row with the
        // time (ms since the epoch) before which the next one is not even checked: a restart
        // does not reset the growing delay. Which site courses the site lists for which learner
        // (profile_courses): a learner sees a site's course only when it is theirs; the content
        // stays stored once. Until now the learners of a site's library had its courses.
        // name_from_site: the learner takes the site's full name for them at their next sign-in
        // (the first learner of a library, "local"; one added with a CLiKC! account).
        uR"sql(
ALTER TABLE profiles ADD COLUMN secret_hash TEXT;
ALTER TABLE profiles ADD COLUMN name_from_site INTEGER NOT NULL DEFAULT 0;
UPDATE profiles SET name_from_site = 1 WHERE name = 'local';
ALTER TABLE profiles ADD COLUMN failed_unlocks INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN unlock_not_before INTEGER NOT NULL DEFAULT 0;
CREATE TABLE profile_courses (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    course_id   INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    PRIMARY KEY (profile_id, course_id)
) WITHOUT ROWID;
CREATE INDEX profile_courses_course ON profile_courses (course_id);
INSERT INTO profile_courses (profile_id, course_id)
    SELECT p.id, c.id FROM profiles p JOIN courses c ON c.source_id = p.source_id
    JOIN sources s ON s.id = c.source_id WHERE s.kind IN ('moodle', 'totara');
DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL;
CREATE TRIGGER summary_snapshot_profile_courses_insert AFTER INSERT ON profile_courses
BEGIN DELETE FROM summary_snapshot WHERE profile_id = NEW.profile_id; END;
CREATE TRIGGER summary_snapshot_profile_courses_delete AFTER DELETE ON profile_courses
BEGIN DELETE FROM summary_snapshot WHERE profile_id = OLD.profile_id; END;
)sql"_s,
        // 15: a learner removed from the library whose keychain entry and settings group may
        // still be there (both live outside the database). The row is written in the removal's
        // own transaction and deleted once both are gone, so a power cut between the two is
        // finished by the next start instead of leaving the learner's token behind for good.
        uR"sql(
CREATE TABLE forgotten_learners (
    profile_id  INTEGER PRIMARY KEY,
    site_url    TEXT NOT NULL,
    username    TEXT NOT NULL
);
)sql"_s,
        // 16: mirrors that stay tied to their site (mirror format 2). blobs.sha1: the SHA-1 of
        // the bytes (Moodle's contenthash), noted once computed, so that an export names each
        // file's server checksum without reading it again. courses.from_mirror: a site's course
        // brought in from a mirror is every learner's to see, as any mirror's course, whatever
        // the site lists for them; a sync from the site keeps the mark.
        uR"sql(
ALTER TABLE blobs ADD COLUMN sha1 TEXT;
ALTER TABLE courses ADD COLUMN from_mirror INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER summary_snapshot_courses_from_mirror AFTER UPDATE OF from_mirror ON courses WHEN OLD.from_mirror IS NOT NEW.from_mirror
BEGIN DELETE FROM summary_snapshot WHERE profile_id IS NOT NULL; END;
)sql"_s,
        // 17: signed mirrors. trusted_signers: the signers (name and Ed25519 public key) the
        // learners of this library chose to trust when importing (trust on first use); a known
        // name with another key is told apart. sources.signer_*: who signed the mirror a
        // source was last imported from (NULL: unsigned).
        uR"sql(
CREATE TABLE trusted_signers (
    public_key  TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    trusted_at  INTEGER NOT NULL
);
ALTER TABLE sources ADD COLUMN signer_name TEXT;
ALTER TABLE sources ADD COLUMN signer_key TEXT;
)sql"_s,
        // 18: mirrors as course sources. sources.subscribed: a mirror the learner added as a
        // source (a web server or a folder on the LAN), read again at each sync and downloaded
        // from, unlike one imported once. mirror_objects: the files such a mirror holds, by
        // SHA-256, and for a site's course by the site's SHA-1 and by its address and time (what
        // a sync from the site compares), so that a site's file the LAN holds is fetched there.
        // downloads.served_by: where a file's bytes came from (a mirror's address), to show.
        uR"sql(
ALTER TABLE sources ADD COLUMN subscribed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE downloads ADD COLUMN served_by TEXT;
CREATE TABLE mirror_objects (
    source_id       INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    sha256          TEXT NOT NULL,
    sha1            TEXT,
    size            INTEGER NOT NULL,
    url             TEXT,
    time_modified   INTEGER
);
CREATE INDEX mirror_objects_by_sha1 ON mirror_objects (sha1, size);
CREATE INDEX mirror_objects_by_url ON mirror_objects (url);
CREATE INDEX mirror_objects_by_source ON mirror_objects (source_id);
)sql"_s,
        // 19: the site's catalogue. catalogue_picks: the courses a learner took from the site's
        // catalogue without being enrolled (a coordinator may view them), by the site's id:
        // each refresh of their courses fetches these too, as if the site listed them.
        uR"sql(
CREATE TABLE catalogue_picks (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    remote_id   TEXT NOT NULL,
    picked_at   INTEGER NOT NULL,
    PRIMARY KEY (profile_id, source_id, remote_id)
) WITHOUT ROWID;
)sql"_s,
    };
    return kSteps;
}

bool execScript(QSqlDatabase &db, const QString &script, QString *error)
{
    // QSqlQuery runs one statement at a time; the scripts hold no ';' inside literals, and a
    // trigger's body (statements ending in ';' up to its END) stays with its CREATE TRIGGER.
    QStringList statements;
    for (const QString &piece : script.split(u';', Qt::SkipEmptyParts)) {
        QString &last = statements.isEmpty() ? statements.emplace_back() : statements.last();
        const QString open = last.trimmed();
        if (open.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive)
            && !open.endsWith(u"END"_s, Qt::CaseInsensitive)) {
            last += u';' + piece;
        } else {
            statements.append(piece);
        }
    }
    QSqlQuery q(db);
    for (const QString &statement : statements) {
        const QString sql = statement.trimmed();
        if (sql.isEmpty())
            continue;
        if (!q.exec(sql)) {
            *error = q.lastError().text() + u" in: "_s + sql.left(80);
            return false;
        }
    }
    return true;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

QString apply(QSqlDatabase &db, int upTo)
{
    const int target = upTo < 0 ? latestVersion() : std::min(upTo, latestVersion());
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return q.lastError().text();
    int version = q.value(0).toInt();
    q.finish();
    if (version > latestVersion()) {
        return u"the library was written by a newer version of CLiKC! Desktop (schema %1, this "
               "build knows %2)"_s.arg(version)
                   .arg(latestVersion());
    }
    const int started = version;
    while (version < target) {
        ScopedTransaction transaction(db);
        if (!transaction.isActive())
            return db.lastError().text();
        QString error;
        // Before schema 8 the numbers of download errors had no "plain HTTP only" (3): every
        // number from 3 on names the code after it in the numbering step 10 reads.
        if (version == 9 && started > 0 && started < 8
            && !execScript(db,
                           u"UPDATE downloads SET error_code = CAST(error_code AS INTEGER) + 1 "
                           "WHERE error_code GLOB '[0-9]*' AND CAST(error_code AS INTEGER) >= 3"_s,
                           &error))
            return u"migration %1 failed: %2"_s.arg(version + 1).arg(error);
        if (!execScript(db, steps().at(version), &error))
            return u"migration %1 failed: %2"_s.arg(version + 1).arg(error);
        // PRAGMA takes no bound parameters; the value is an integer we produce.
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version + 1)))
            return q.lastError().text();
        if (transaction.commit().isError())
            return db.lastError().text();
        ++version;
    }
    return {};
}

} // namespace clikc::migrations
