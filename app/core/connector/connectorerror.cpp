#include "connectorerror.h"

namespace clikc {

bool ConnectorError::isTransient() const
{
    switch (code) {
    case Code::Timeout:
    case Code::ConnectionFailed:
    case Code::Maintenance:
    case Code::HttpError:
    case Code::NoSpace:
        return true;
    default:
        return false;
    }
}

QString ConnectorError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::InvalidSiteUrl:
        return tr("“%1” is not a web address. Enter the address of your CLiKC! site, for example "
                  "https://clikc.wcoomd.org.")
            .arg(subject);
    case Code::InsecureTransport:
        return tr("The site %1 does not use a secure connection (https). Your password would "
                  "travel unprotected, so the application refuses to connect.")
            .arg(subject);
    case Code::PlainHttpOnly:
        return tr("The site %1 does not answer over a secure connection (https), only over an "
                  "unencrypted one (http), where your password would travel unprotected.")
            .arg(subject);
    case Code::NotAMoodleSite:
        return tr("No CLiKC! site answered at this address. Check the address of the site.");
    case Code::InvalidLogin:
        return tr("The username or password is wrong. Check them and try again.");
    case Code::InvalidToken:
        return tr("Your sign-in has expired. Sign in again to continue; nothing you did is lost.");
    case Code::WebServicesDisabled:
        return tr("This site does not allow the CLiKC! application to connect. Ask the site's "
                  "administrator to enable mobile web services.");
    case Code::MissingFunctions:
        return tr("This site does not offer everything the application needs (missing: %1). Ask "
                  "the site's administrator to update the mobile service.")
            .arg(subject);
    case Code::DownloadsDisabled:
        return tr("This site does not allow files to be downloaded to the application. Ask the "
                  "site's administrator to allow file downloads for the mobile service.");
    case Code::AccessDenied:
        return tr("You are not allowed to see this. You may no longer be enrolled in the course.");
    case Code::NotFound:
        return tr("This course or activity no longer exists on the site.");
    case Code::Maintenance:
        return tr("The site is under maintenance. Try again later.");
    case Code::ServerError:
        return tr("The site reported an error: %1").arg(detail.isEmpty() ? serverCode : detail);
    case Code::MalformedResponse:
        return tr("The site sent an answer that cannot be read. Try again later; if it goes on, "
                  "tell the site's administrator.");
    case Code::HttpError:
        return tr("The site answered with an error (HTTP %1). Try again later.").arg(subject);
    case Code::Timeout:
        return tr("The site did not answer in time. The connection may be slow or down; the "
                  "application will try again.");
    case Code::ConnectionFailed:
        return tr("The site cannot be reached (%1). Check the connection; you can keep studying "
                  "what is on this computer.")
            .arg(subject);
    case Code::TlsError:
        return tr("The site's secure connection cannot be trusted (%1). Check the computer's date "
                  "and time, or ask the site's administrator.")
            .arg(detail);
    case Code::UnsafeRedirect:
        return tr("The site sent the request on to another address (%1), on another site or "
                  "without a secure connection. It was not followed, so that your password and "
                  "sign-in stay with the site.")
            .arg(subject);
    case Code::ForeignFileUrl:
        return tr("The site lists this file at another site (%1). It is not downloaded from "
                  "there, so that your sign-in stays with your site.")
            .arg(subject);
    case Code::WriteFailed:
        return tr("The file could not be written to this computer (%1). Check that the library's "
                  "folder can be written to, then choose Resume.")
            .arg(subject);
    case Code::Cancelled:
        return tr("Cancelled.");
    case Code::NoSpace:
        return tr("There is not enough free disk space for this file (%1 needed). Free some space, "
                  "then choose Resume.")
            .arg(subject);
    case Code::VerificationFailed:
        return tr("The file arrived damaged several times (its checksum does not match the "
                  "site's). The damaged copies were thrown away.");
    }
    return {};
}

} // namespace clikc
