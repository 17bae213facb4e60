#pragma once

#include "domain/upload.h"
#include "libraryerror.h"

#include <QFuture>
#include <QList>

namespace clikc {

class LibraryWorker;

// The upload queue of a profile as the Uploads page and the command line see it.
class UploadQueue final
{
public:
    explicit UploadQueue(LibraryWorker &worker)
        : m_worker(worker)
    {}

    QFuture<QList<UploadAction>> uploads(qint64 profileId);
    QFuture<UploadCounts> uploadCounts(qint64 profileId);
    // Only refused rows can be dismissed.
    QFuture<LibraryError> dismissUpload(qint64 profileId, qint64 uploadId);

private:
    LibraryWorker &m_worker;
};

} // namespace clikc
