#include "uploadqueue.h"

#include "libraryworker.h"
#include "storage/database.h"
#include "storage/uploadrepository.h"

namespace clikc {

QFuture<QList<UploadAction>> UploadQueue::uploads(qint64 profileId)
{
    return m_worker.run([this, profileId] {
        return UploadRepository(m_worker.database().connection()).all(profileId);
    });
}

QFuture<UploadCounts> UploadQueue::uploadCounts(qint64 profileId)
{
    return m_worker.run([this, profileId] {
        return UploadRepository(m_worker.database().connection()).counts(profileId);
    });
}

QFuture<LibraryError> UploadQueue::dismissUpload(qint64 profileId, qint64 uploadId)
{
    return m_worker.run([this, profileId, uploadId] {
        // NotFound: not a refused row of this learner (any more).
        const StorageError error
            = UploadRepository(m_worker.database().connection()).dismiss(profileId, uploadId);
        if (error.isError())
            return LibraryError::fromStorage(error);
        Q_EMIT m_worker.uploadsQueued(profileId);
        return LibraryError{};
    });
}

} // namespace clikc
