#include "libraryerror.h"

#include "util/learnersecret.h"

using namespace Qt::StringLiterals;

namespace clikc {

QString LibraryError::key() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::NotFound:
        return u"not_found"_s;
    case Code::NotDownloaded:
        return u"not_downloaded"_s;
    case Code::NotAllowed:
        return u"not_allowed"_s;
    case Code::DatabaseFailed:
        return u"database_failed"_s;
    case Code::ReadOnly:
        return u"read_only"_s;
    case Code::Busy:
        return u"busy"_s;
    case Code::Damaged:
        return u"damaged"_s;
    case Code::NoSpace:
        return u"no_space"_s;
    case Code::StoreFailed:
        return u"store_failed"_s;
    case Code::PackageRefused:
        return u"package_refused"_s;
    case Code::ManifestRefused:
        return u"manifest_refused"_s;
    case Code::InvalidName:
        return u"invalid_name"_s;
    case Code::NameTaken:
        return u"name_taken"_s;
    case Code::LastLearner:
        return u"last_learner"_s;
    case Code::InvalidSecret:
        return u"invalid_secret"_s;
    }
    return {};
}

QString LibraryError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::NotFound:
        return tr("This course or activity is no longer in the library.");
    case Code::NotDownloaded:
        return tr("This lesson is not on this computer yet: download it first.");
    case Code::NotAllowed:
        return tr("This activity is completed by the site, not by ticking it here.");
    case Code::DatabaseFailed:
        return tr("The library could not be written. Check that its folder can be written to "
                  "and that the disk is not full.");
    case Code::ReadOnly:
        return tr("The library's folder cannot be written to. Check its permissions, or that "
                  "the drive it is on is not read-only.");
    case Code::Busy:
        return tr("Another program is using the library. Close any other copy of CLiKC! "
                  "Desktop or the command line, then try again.");
    case Code::Damaged:
        return tr("The library's database is damaged. Keep a copy of the library folder and "
                  "ask your coordinator for help; nothing more was written to it.");
    case Code::NoSpace:
        return tr("There is not enough free disk space for this. Free some space, then try "
                  "again.");
    case Code::StoreFailed:
        return tr("The lesson could not be unpacked: the disk is full or cannot be written.");
    case Code::PackageRefused:
        return package.message();
    case Code::ManifestRefused:
        return manifest.message();
    case Code::InvalidName:
        return tr("A learner's name needs 1 to 64 characters.");
    case Code::NameTaken:
        return tr("There is already a learner called %1 on this computer.").arg(subject);
    case Code::LastLearner:
        return tr("This is the only learner of the library: it cannot be removed.");
    case Code::InvalidSecret:
        return tr("A PIN or passphrase needs at least %1 and at most %2 characters.")
            .arg(learnersecret::kMinimumLength)
            .arg(learnersecret::kMaximumLength);
    }
    return {};
}

LibraryError LibraryError::fromStorage(const StorageError &error)
{
    using S = StorageError::Code;
    switch (error.code) {
    case S::None:
        return {};
    case S::Full:
        return {Code::NoSpace, {}, {}};
    case S::ReadOnly:
        return {Code::ReadOnly, {}, {}};
    case S::Busy:
        return {Code::Busy, {}, {}};
    case S::Damaged:
        return {Code::Damaged, {}, {}};
    case S::NotFound:
        return {Code::NotFound, {}, {}};
    case S::Failed:
        break;
    }
    return {Code::DatabaseFailed, {}, {}};
}

} // namespace clikc
