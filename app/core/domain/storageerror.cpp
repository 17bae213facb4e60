#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace clikc {

QString StorageError::key() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::Failed:
        return u"database_failed"_s;
    case Code::Full:
        return u"database_full"_s;
    case Code::ReadOnly:
        return u"database_read_only"_s;
    case Code::Busy:
        return u"database_busy"_s;
    case Code::Damaged:
        return u"database_damaged"_s;
    case Code::NotFound:
        return u"not_found"_s;
    }
    return {};
}

StorageError StorageError::fromSqliteCode(int code)
{
    // The primary code is the low byte of an extended one (SQLITE_IOERR_NOMEM is IOERR | 12<<8).
    switch (code & 0xff) {
    case 0:   // SQLITE_OK
    case 100: // SQLITE_ROW
    case 101: // SQLITE_DONE
        return {};
    case 13: // SQLITE_FULL
        return {Code::Full};
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return {Code::ReadOnly};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Code::Busy};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Code::Damaged};
    default:
        return {Code::Failed};
    }
}

} // namespace clikc
