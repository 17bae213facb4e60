#pragma once

#include "connector/connectorerror.h"

#include <QCoreApplication>
#include <QString>

namespace clikc {

// Why a file did not download, or waits to try again. The site's own failures keep the
// connector's error; what went wrong on this computer (the disk, the library, the bytes) has a
// code of its own, so that a database failure never reads as a "server error" and a file that
// cannot be opened never as "no space". Kept in the download queue as a stable key (key()),
// never as an enum's number; the message is built when shown, in the language of that moment.
struct DownloadError
{
    Q_DECLARE_TR_FUNCTIONS(DownloadError)

public:
    enum class Code {
        None,
        Site,                  // the site refused or failed: `site` says how
        NoSpace,               // not enough free space: `subject` the size needed
        WriteFailed,           // the .part file could not be opened or written: `subject` why
        StoreFailed,           // the finished file could not be placed in the content store
        LibraryFailed,         // the library could not record the finished file
        VerificationFailed,    // the bytes did not match the site's size or checksum, repeatedly
        ForeignFileUrl,        // the site lists the file at another site: `subject` its host
        MirrorFileUnavailable, // a folder mirror lacks the file or it cannot be read: `subject`
                               // the folder
    };

    Code code = Code::None;
    ConnectorError site; // for Code::Site
    QString subject;

    static DownloadError fromSite(const ConnectorError &error) { return {Code::Site, error, {}}; }

    bool isError() const { return code != Code::None; }
    // The learner must sign in again; the file waits for it.
    bool needsSignIn() const { return code == Code::Site && site.needsSignIn(); }
    // The link failed (no answer, no route): what the link probe looks for.
    bool isLinkDown() const;

    // The stable key the queue stores ("no_space", "site:timeout", …), and back. An unknown key
    // (from a newer version) reads as a site error that says what it was.
    QString key() const;
    static DownloadError fromKey(const QString &key, const QString &subject);

    QString message() const;
};

} // namespace clikc
