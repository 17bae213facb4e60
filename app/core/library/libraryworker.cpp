#include "libraryworker.h"

#include "content/contentstore.h"
#include "storage/blobrepository.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace clikc {

LibraryWorker::LibraryWorker(Database &database, ContentStore &store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
{
    // One thread, kept alive: operations run in order, and its SQLite connection stays open.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(u"library"_s);
    qRegisterMetaType<clikc::LibraryError>();
}

LibraryWorker::~LibraryWorker()
{
    // The worker's connection is closed on the worker, where it was opened.
    m_pool.start([this] { m_database.closeConnection(); });
    waitForIdle();
}

void LibraryWorker::waitForIdle()
{
    m_pool.waitForDone();
}

LibraryError LibraryWorker::report(const LibraryError &error)
{
    if (error.isError())
        Q_EMIT failed(error);
    return error;
}

int LibraryWorker::freeUnusedBlobs()
{
    BlobRepository blobs(m_database.connection());
    int freed = 0;
    for (const QString &sha : blobs.unreferenced()) {
        // The row goes first: a file without a row is an orphan that repair() removes, while a
        // row without its file would be a lie.
        if (blobs.remove(sha).ok() && m_store.remove(sha))
            ++freed;
    }
    return freed;
}

} // namespace clikc
