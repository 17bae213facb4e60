#include "downloaderror.h"

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

struct Key
{
    DownloadError::Code code;
    QStringView key;
};

constexpr Key kKeys[] = {
    {DownloadError::Code::NoSpace, u"no_space"},
    {DownloadError::Code::WriteFailed, u"write_failed"},
    {DownloadError::Code::StoreFailed, u"store_failed"},
    {DownloadError::Code::LibraryFailed, u"library_failed"},
    {DownloadError::Code::VerificationFailed, u"verification"},
    {DownloadError::Code::ForeignFileUrl, u"foreign_file_url"},
    {DownloadError::Code::MirrorFileUnavailable, u"mirror_file_unavailable"},
};

constexpr QStringView kSitePrefix = u"site:";

} // namespace

bool DownloadError::isLinkDown() const
{
    return code == Code::Site
           && (site.code == ConnectorError::Code::ConnectionFailed
               || site.code == ConnectorError::Code::Timeout);
}

QString DownloadError::key() const
{
    if (code == Code::None)
        return {};
    if (code == Code::Site)
        return kSitePrefix + site.key();
    for (const Key &k : kKeys) {
        if (k.code == code)
            return k.key.toString();
    }
    return {};
}

DownloadError DownloadError::fromKey(const QString &key, const QString &subject)
{
    if (key.isEmpty())
        return {};
    if (key.startsWith(kSitePrefix)) {
        ConnectorError site = ConnectorError::fromKey(key.mid(kSitePrefix.size()));
        site.subject = subject;
        site.detail = subject;
        return fromSite(site);
    }
    for (const Key &k : kKeys) {
        if (k.key == key)
            return {k.code, {}, subject};
    }
    return fromSite({ConnectorError::Code::ServerError, key, {}, subject});
}

QString DownloadError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::Site:
        return site.message();
    case Code::NoSpace:
        return tr("There is not enough free disk space for this file (%1 needed). Free some space, "
                  "then choose Resume.")
            .arg(subject);
    case Code::WriteFailed:
        return tr("The file could not be written to this computer (%1). Check that the library's "
                  "folder can be written to, then choose Resume.")
            .arg(subject);
    case Code::StoreFailed:
        return tr("The downloaded file could not be moved into the library (%1). Check that the "
                  "library's folder can be written to, then choose Resume.")
            .arg(subject);
    case Code::LibraryFailed:
        return tr("The library could not record the downloaded file. Check that the library's "
                  "folder can be written to, then choose Resume.");
    case Code::VerificationFailed:
        return tr("The file arrived damaged several times (its checksum does not match the "
                  "site's). The damaged copies were thrown away.");
    case Code::ForeignFileUrl:
        return tr("The site lists this file at another site (%1). It is not downloaded from "
                  "there, so that your sign-in stays with your site.")
            .arg(subject);
    case Code::MirrorFileUnavailable:
        return tr("The course source in %1 does not hold this file, or it cannot be read there "
                  "(a link, or not an ordinary file). Check that the folder holds the whole "
                  "mirror, then choose Resume.")
            .arg(subject);
    }
    return {};
}

} // namespace clikc
