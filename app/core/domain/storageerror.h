#pragma once

#include <QString>

namespace clikc {

// Why the library's database refused a read or a write, as SQLite said it. The storage layer's
// one error type: repositories return it, the library's services turn it into a LibraryError
// (which says it to the learner). Kept or printed by its stable key, never by the enum's number.
struct [[nodiscard]] StorageError
{
    enum class Code {
        None,
        Failed,   // any other refusal (a constraint, a bug, an I/O error)
        Full,     // the disk (or the database's size limit) is full
        ReadOnly, // the file or its folder cannot be written
        Busy,     // another program holds the database's lock past the wait
        Damaged,  // the file is not a database any more, or is corrupt
        NotFound, // no row matched what was to be changed (it went meanwhile)
    };

    Code code = Code::None;

    bool ok() const { return code == Code::None; }
    bool isError() const { return code != Code::None; }
    QString key() const;

    // The code SQLite's primary result `code` (or an extended one) stands for; None for
    // SQLITE_OK and the row/done codes.
    static StorageError fromSqliteCode(int code);

    friend bool operator==(const StorageError &, const StorageError &) = default;
};

} // namespace clikc
