#pragma once

#include "domain/storageerror.h"

#include "domain/scorm.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <tuple>

namespace clikc {

// SCORM lessons: what the run-time left of each learner's attempt at each SCO of a package, and
// the server's id of each SCO. Private per profile: every call names one. Used on whichever
// thread owns `db`.
class ScormRepository final
{
public:
    explicit ScormRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    using Attempt = ScormAttempt;
    using Result = ScormResult;

    // The result of every SCORM activity of the course the learner has started.
    QHash<qint64, Result> results(qint64 profileId, qint64 courseId);

    // The latest attempt at the SCO, if any.
    std::optional<Attempt> latest(qint64 profileId, qint64 activityId, const QString &sco);
    QList<Attempt> attempts(qint64 profileId, qint64 activityId);
    // Merges `values` into the attempt's data (creating it), and marks it finished when asked;
    // `merged` receives the attempt's data as stored. Call inside the caller's transaction with
    // the upload queue's tracks.
    StorageError save(qint64 profileId, qint64 activityId, const QString &sco, int attempt,
                      const QJsonObject &values, bool finished, QJsonObject *merged = nullptr);

    // The server's SCO ids of a package: identifier → id.
    StorageError setRemoteScoes(qint64 activityId, const QList<std::pair<QString, qint64>> &scoes);
    qint64 remoteScoId(qint64 activityId, const QString &identifier);

    // The package (SHA-256 of its zip) whose files are unpacked for the activity; empty if none.
    QString unpackedPackage(qint64 activityId);
    // Replaces the activity's unpacked files (role 'asset', ready) with `files` (path, size,
    // SHA-256 of bytes already in the content store) from `packageSha256`. Call inside a
    // transaction; unused blobs are freed by the caller afterwards.
    StorageError replaceUnpacked(qint64 activityId, const QString &packageSha256,
                                 const QList<std::tuple<QString, qint64, QString>> &files);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
