#pragma once

#include "content/packageextractor.h"
#include "content/scormmanifest.h"
#include "domain/storageerror.h"

#include <QCoreApplication>
#include <QString>

namespace clikc {

// Why something asked of the library did not happen: a code, and what it concerns. The message
// is built when shown, in the language of that moment (never at the time of failing, on the
// worker). Kept or printed by its stable key, never by the enum's number.
struct LibraryError
{
    Q_DECLARE_TR_FUNCTIONS(LibraryError)

public:
    enum class Code {
        None,
        NotFound,        // no such course or activity (any more)
        NotDownloaded,   // the activity's files are not on this computer yet
        NotAllowed,      // not for this activity (a completion the site decides, …)
        DatabaseFailed,  // the library could not be read or written
        ReadOnly,        // the library's folder or file cannot be written to
        Busy,            // another program holds the library's database
        Damaged,         // the library's database file is damaged
        NoSpace,         // the disk is full
        StoreFailed,     // the content store could not be written
        PackageRefused,  // a lesson's package cannot be opened: `package` says why
        ManifestRefused, // its imsmanifest.xml cannot be used: `manifest` says why
        InvalidName,     // a learner's name: empty or longer than 64 characters
        NameTaken,       // a learner of this library already has `subject` as name
        LastLearner,     // the library's only learner cannot be removed
        InvalidSecret,   // a PIN or passphrase shorter than 4 or longer than 128 characters
    };

    Code code = Code::None;
    PackageError package;
    ScormManifestError manifest;
    QString subject = {}; // the name concerned (InvalidName, NameTaken)

    bool isError() const { return code != Code::None; }
    bool ok() const { return code == Code::None; }
    QString key() const;
    QString message() const;

    // What a refusal of the database means to the library (none for none).
    static LibraryError fromStorage(const StorageError &error);
};

} // namespace clikc
