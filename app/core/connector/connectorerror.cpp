#include "connectorerror.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace clikc {

bool ConnectorError::isTransient() const
{
    switch (code) {
    case Code::Timeout:
    case Code::ConnectionFailed:
    case Code::Maintenance:
    case Code::HttpError:
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
    case Code::EnrolmentRefused:
        return tr("The site did not let you enrol yourself in this course: %1")
            .arg(detail.isEmpty() ? tr("it offers no self-enrolment now.") : detail);
    case Code::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

namespace {

// In the order of ConnectorError::Code; the names are stored, so they never change.
constexpr QStringView kKeys[] = {
    u"none",
    u"invalid_site_url",
    u"insecure_transport",
    u"plain_http_only",
    u"not_a_moodle_site",
    u"invalid_login",
    u"invalid_token",
    u"web_services_disabled",
    u"missing_functions",
    u"downloads_disabled",
    u"access_denied",
    u"not_found",
    u"maintenance",
    u"server_error",
    u"malformed_response",
    u"http_error",
    u"timeout",
    u"connection_failed",
    u"tls_error",
    u"cancelled",
    u"unsafe_redirect",
    u"enrolment_refused",
};
static_assert(std::size(kKeys) == std::size_t(ConnectorError::Code::EnrolmentRefused) + 1,
              "every code has its key");

} // namespace

QString ConnectorError::key() const
{
    return kKeys[std::size_t(code)].toString();
}

ConnectorError ConnectorError::fromKey(const QString &key)
{
    for (std::size_t i = 0; i < std::size(kKeys); ++i) {
        if (kKeys[i] == key)
            return {Code(i), {}, {}, {}};
    }
    return {Code::ServerError, key, {}, {}};
}

} // namespace clikc
