#include "commands.h"

#include "appcontext.h"
#include "connector/moodleconnector.h"
#include "credentials/credentialstore.h"
#include "i18n/format.h"
#include "i18n/languagemanager.h"
#include "library/libraryservice.h"
#include "models/labels.h"
#include "settings/settings.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"
#include "sync/uploader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

// Reads one line from standard input; without echo when it is a terminal.
QString readSecretLine(bool echo)
{
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && !echo;
    if (terminal) {
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text.left(width - 1) + u"… "_s : text.leftJustified(width + 1);
}

} // namespace

Commands::Commands(AppContext &context, QTextStream &out, QTextStream &err)
    : m_context(context)
    , m_out(out)
    , m_err(err)
{}

QString Commands::usage()
{
    return tr(
        "Usage: clikc [--data-dir DIR] COMMAND\n"
        "\n"
        "Commands:\n"
        "  library list [--json]             list the courses on this computer\n"
        "  library verify [--json]           re-check every stored file; set aside damaged ones\n"
        "  library import FOLDER [--course ID ...] [--json]\n"
        "                                    import courses from a CLiKC! mirror\n"
        "  login --site URL --username NAME [--password-stdin] [--allow-http]\n"
        "                                    sign in to a CLiKC! site (the password is never "
        "kept)\n"
        "  logout                            sign out and delete the sign-in token\n"
        "  courses [--json]                  list your courses, refreshed from the site\n"
        "  status [--json]                   show the sign-in, the library and pending uploads\n"
        "  upload [--json]                   send the progress recorded offline to the site\n"
        "  sync (--all | --course ID ...) [--parallel N] [--limit-rate RATE] [--json]\n"
        "                                    download courses to this computer, until done;\n"
        "                                    N files at once, at most RATE bytes/s (500k, 2M)\n"
        "\n"
        "The library lives in the folder given by --data-dir, else CLIKC_DATA_DIR, else the\n"
        "application's data folder.\n");
}

bool Commands::startLibrary()
{
    LibraryService &library = m_context.library();
    library.repair();
    const auto report = library.importSampleIfFirstStart(AppContext::sampleMirrorRoot()).result();
    for (const MirrorError &error : report.errors)
        m_err << tr("The sample course could not be set up: %1").arg(error.message()) << Qt::endl;
    return report.ok();
}

int Commands::libraryList(bool json)
{
    const QString language = m_context.languages().language();
    const QLocale locale(language);
    const QList<CourseSummary> courses
        = m_context.library().courses(m_context.profileId()).result();
    if (json) {
        QJsonArray array;
        for (const CourseSummary &course : courses) {
            array.append(QJsonObject{
                {u"id"_s, course.id},
                {u"remoteId"_s, course.remoteId},
                {u"shortName"_s, course.shortName},
                {u"title"_s, course.title.text(language)},
                {u"source"_s, keyOf(course.sourceKind)},
                {u"state"_s, keyOf(course.offlineState())},
                {u"sizeOnDisk"_s, course.bytesOnDisk},
                {u"totalSize"_s, course.totalBytes},
                {u"files"_s, course.fileCount},
                {u"filesOnDisk"_s, course.readyFileCount},
                {u"activities"_s, course.activityCount},
                {u"completed"_s, course.completedCount},
                {u"progress"_s, course.progress()},
            });
        }
        const QJsonObject root{{u"dataDir"_s, m_context.dataDir()}, {u"courses"_s, array}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (courses.isEmpty()) {
        m_out << tr("There are no courses on this computer.") << Qt::endl;
        return 0;
    }
    m_out << padded(tr("ID"), 4) << padded(tr("Course"), 40) << padded(tr("Size on disk"), 14)
          << padded(tr("Available offline"), 26) << tr("Progress") << Qt::endl;
    for (const CourseSummary &course : courses) {
        m_out << padded(QString::number(course.id), 4) << padded(course.title.text(language), 40)
              << padded(Format::fileSize(course.bytesOnDisk, locale), 14)
              << padded(Labels::offlineState(course.offlineState()), 26)
              << tr("%1 of %2 done")
                     .arg(locale.toString(course.completedCount),
                          locale.toString(course.activityCount))
              << Qt::endl;
    }
    return 0;
}

int Commands::libraryVerify(bool json)
{
    const LibraryService::VerifyReport report = m_context.library().verify().result();
    if (json) {
        const QJsonObject root{{u"checked"_s, report.checked},
                               {u"damaged"_s, QJsonArray::fromStringList(report.quarantined)},
                               {u"missing"_s, QJsonArray::fromStringList(report.missing)},
                               {u"orphansRemoved"_s, QJsonArray::fromStringList(report.orphans)},
                               {u"ok"_s, report.ok()}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Checked %n file(s).", nullptr, report.checked) << Qt::endl;
        for (const QString &sha : report.quarantined)
            m_out << tr("Damaged, set aside: %1").arg(sha) << Qt::endl;
        for (const QString &sha : report.missing)
            m_out << tr("Missing: %1").arg(sha) << Qt::endl;
        if (!report.orphans.isEmpty())
            m_out << tr("Removed %n file(s) that no course used.", nullptr,
                        int(report.orphans.size()))
                  << Qt::endl;
        m_out << (report.ok() ? tr("The library is intact.")
                              : tr("Some files were damaged or missing; the courses that used "
                                   "them must be put back."))
              << Qt::endl;
    }
    return report.ok() ? 0 : 1;
}

int Commands::libraryImport(const QString &folder, const QStringList &courseIds, bool json)
{
    const MirrorImporter::Report report
        = m_context.library().importMirror(folder, SourceKind::Mirror, courseIds).result();
    if (json) {
        QJsonArray errors;
        for (const MirrorError &error : report.errors) {
            errors.append(QJsonObject{{u"message"_s, error.message()},
                                      {u"subject"_s, error.subject},
                                      {u"detail"_s, error.detail}});
        }
        const QJsonObject root{{u"imported"_s, QJsonArray::fromStringList(report.imported)},
                               {u"filesCopied"_s, report.filesCopied},
                               {u"filesReused"_s, report.filesReused},
                               {u"bytesCopied"_s, report.bytesCopied},
                               {u"errors"_s, errors},
                               {u"ok"_s, report.ok()}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("%n course(s) imported.", nullptr, int(report.imported.size())) << Qt::endl;
        for (const MirrorError &error : report.errors)
            m_err << error.message() << Qt::endl;
    }
    return report.ok() ? 0 : 1;
}

int Commands::login(const QString &site, const QString &username, bool passwordFromStdin,
                    bool allowHttp)
{
    if (site.isEmpty() || username.isEmpty()) {
        m_err << tr("login needs --site URL and --username NAME.") << Qt::endl;
        return 2;
    }
    if (!passwordFromStdin) {
        m_err << tr("Password for %1: ").arg(username);
        m_err.flush();
    }
    const QString password = readSecretLine(passwordFromStdin);
    const Outcome<SiteInfo> result
        = waitFor(m_context.account().signIn(site, username, password, allowHttp));
    if (!result.ok()) {
        m_err << result.error.message() << Qt::endl;
        return 1;
    }
    m_out << tr("Signed in to %1 as %2.").arg(result.value.siteName, result.value.fullName)
          << Qt::endl;
    if (!m_context.credentials().isKeychainAvailable())
        m_err << tr("No keychain is available: the sign-in lasts only until this command ends.")
              << Qt::endl;
    return 0;
}

int Commands::logout()
{
    AccountService &account = m_context.account();
    waitFor(account.restore());
    if (account.username().isEmpty()) {
        m_out << tr("You are not signed in.") << Qt::endl;
        return 0;
    }
    const QString host = account.siteUrl().host();
    const bool ok = waitFor(account.signOut());
    m_out << (ok ? tr("Signed out of %1. The sign-in token was deleted.").arg(host)
                 : tr("Signed out of %1, but the token could not be deleted from the keychain.")
                       .arg(host))
          << Qt::endl;
    return ok ? 0 : 1;
}

int Commands::courses(bool json)
{
    AccountService &account = m_context.account();
    const AccountService::State state = waitFor(account.restore());
    ConnectorError error;
    if (state == AccountService::State::SignedIn)
        error = waitFor(account.refreshCatalogue()).error;
    else if (state == AccountService::State::NeedsSignIn)
        error = {ConnectorError::Code::InvalidToken, {}, {}, {}};
    if (error.isError() && !json)
        m_err << error.message() << Qt::endl
              << tr("Showing what this computer already knows.") << Qt::endl;
    const int result = libraryList(json);
    return error.isError() && state != AccountService::State::SignedOut ? 1 : result;
}

qint64 Commands::parseRate(const QString &text)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (digits.endsWith(u'k', Qt::CaseInsensitive)) {
        unit = 1024;
        digits.chop(1);
    } else if (digits.endsWith(u'm', Qt::CaseInsensitive)) {
        unit = 1024 * 1024;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0 || value > (qint64(1) << 40) / unit)
        return -1;
    return value * unit;
}

int Commands::sync(bool all, const QStringList &courseIds, bool json, const QString &parallel,
                   const QString &limitRate)
{
    int files = m_context.settings().parallelDownloads();
    qint64 rate = qint64(m_context.settings().downloadLimitKiB()) * 1024;
    if (!parallel.isEmpty()) {
        bool ok = false;
        files = parallel.toInt(&ok);
        if (!ok || files < 1 || files > 16) {
            m_err << tr("--parallel needs a number of files from 1 to 16.") << Qt::endl;
            return 2;
        }
    }
    if (!limitRate.isEmpty()) {
        rate = parseRate(limitRate);
        if (rate < 0) {
            m_err << tr("--limit-rate needs bytes per second, such as 800, 500k or 2M.")
                  << Qt::endl;
            return 2;
        }
    }
    m_context.downloads().setLimits(files, rate);

    AccountService &account = m_context.account();
    if (waitFor(account.restore()) != AccountService::State::SignedIn) {
        m_err << ConnectorError{ConnectorError::Code::InvalidToken, {}, {}, {}}.message()
              << Qt::endl;
        return 1;
    }
    if (!all && courseIds.isEmpty()) {
        m_err << tr("sync needs --all or at least one --course ID.") << Qt::endl;
        return 2;
    }
    const AccountService::CatalogueReport catalogue = waitFor(account.refreshCatalogue());
    if (catalogue.error.needsSignIn()) {
        m_err << catalogue.error.message() << Qt::endl;
        return 1;
    }
    if (catalogue.error.isError())
        m_err << catalogue.error.message() << Qt::endl
              << tr("Carrying on with the course list already on this computer.") << Qt::endl;

    QList<CourseSummary> chosen;
    QStringList unknown = courseIds;
    for (const CourseSummary &course :
         m_context.library().courses(m_context.profileId()).result()) {
        if (course.sourceId != account.sourceId())
            continue;
        const bool named
            = courseIds.contains(course.remoteId) || courseIds.contains(course.shortName);
        if (all || named) {
            chosen.append(course);
            unknown.removeAll(course.remoteId);
            unknown.removeAll(course.shortName);
        }
    }
    for (const QString &id : std::as_const(unknown))
        m_err << tr("No course %1 among your courses on the site.").arg(id) << Qt::endl;

    DownloadManager &downloads = m_context.downloads();
    for (const CourseSummary &course : std::as_const(chosen))
        downloads.enqueueCourse(course.id);

    // Progress on a terminal; nothing but the report when a scheduler runs it.
    const bool terminal = !json && ::isatty(STDERR_FILENO);
    QHash<qint64, DownloadManager::Item> items;
    QObject guard;
    QObject::connect(
        &downloads, &DownloadManager::itemChanged, &guard,
        [&items](const DownloadManager::Item &item) { items.insert(item.fileId, item); });
    if (terminal) {
        QObject::connect(&downloads, &DownloadManager::totalsChanged, &guard,
                         [this](const DownloadManager::Totals &t) {
                             m_err << u"\r\x1b[K"_s
                                   << tr("%1 of %2 · %3/s · %4 file(s) left")
                                          .arg(Format::fileSize(t.bytesDone),
                                               Format::fileSize(t.bytesTotal),
                                               Format::fileSize(qint64(t.bytesPerSecond)))
                                          .arg(t.active);
                             m_err.flush();
                         });
    }
    const bool idle = downloads.waitUntilIdle(24 * 3600 * 1000);
    if (terminal)
        m_err << Qt::endl;
    // The last word on every file is in the library.
    QCoreApplication::processEvents();

    int ready = 0, failed = 0;
    qint64 bytes = 0;
    QJsonArray failures;
    for (const CourseSummary &course :
         m_context.library().courses(m_context.profileId()).result()) {
        if (!std::any_of(chosen.begin(), chosen.end(),
                         [&](const CourseSummary &c) { return c.id == course.id; }))
            continue;
        ready += course.readyFileCount;
        bytes += course.bytesOnDisk;
        failed += course.fileCount - course.readyFileCount;
    }
    for (const DownloadManager::Item &item : std::as_const(items)) {
        if (item.state == DownloadManager::State::Failed || item.error.isError()) {
            if (item.state == DownloadManager::State::Done)
                continue;
            failures.append(QJsonObject{{u"file"_s, item.path},
                                        {u"activity"_s, item.title},
                                        {u"reason"_s, item.error.message()}});
        }
    }
    const bool ok = idle && failed == 0 && !unknown.size() && !catalogue.error.needsSignIn();
    if (json) {
        const QJsonObject root{{u"courses"_s, int(chosen.size())}, {u"filesReady"_s, ready},
                               {u"filesMissing"_s, failed},        {u"bytesOnDisk"_s, bytes},
                               {u"failures"_s, failures},          {u"ok"_s, ok}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        m_out
            << tr("%n course(s) synchronised.", nullptr, int(chosen.size())) << Qt::endl
            << tr("%n file(s) on this computer (%1).", nullptr, ready).arg(Format::fileSize(bytes))
            << Qt::endl;
        if (failed > 0)
            m_out << tr("%n file(s) could not be downloaded:", nullptr, failed) << Qt::endl;
        for (const QJsonValue &failure : std::as_const(failures)) {
            const QJsonObject f = failure.toObject();
            m_out << u"  "_s << f.value(u"activity"_s).toString() << u" / "_s
                  << f.value(u"file"_s).toString() << u": "_s << f.value(u"reason"_s).toString()
                  << Qt::endl;
        }
    }
    return ok ? 0 : 1;
}

int Commands::upload(bool json)
{
    AccountService &account = m_context.account();
    LibraryService &library = m_context.library();
    const qint64 profileId = m_context.profileId();
    Uploader &uploader = m_context.uploads();
    int sent = 0;
    ConnectorError lastError;
    QObject guard;
    QObject::connect(&uploader, &Uploader::uploaded, &guard, [&sent, profileId](qint64 p, int n) {
        if (p == profileId)
            sent += n;
    });
    QObject::connect(&uploader, &Uploader::statusChanged, &guard,
                     [&lastError, profileId](const Uploader::Status &status) {
                         if (status.profileId == profileId)
                             lastError = status.lastError;
                     });
    const AccountService::State state = waitFor(account.restore());
    uploader.start();
    if (state == AccountService::State::SignedIn) {
        uploader.uploadNow(profileId);
        uploader.waitUntilIdle(6 * 60 * 60 * 1000);
    }
    // Signals still on their way from the uploader's thread.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    const UploadRepository::Counts counts = library.uploadCounts(profileId).result();
    const auto actions = library.uploads(profileId).result();
    QString problem;
    if (state != AccountService::State::SignedIn && counts.pending > 0)
        problem = tr("Not signed in: the progress waits for the next sign-in (clikc login).");
    else if (counts.pending > 0 && lastError.isError())
        problem = lastError.message();

    if (json) {
        QJsonArray refused;
        for (const auto &action : actions) {
            if (action.state != UploadRepository::State::Rejected)
                continue;
            refused.append(QJsonObject{
                {u"id"_s, action.uuid},
                {u"kind"_s, UploadRepository::keyOf(action.kind)},
                {u"activity"_s, action.title},
                {u"code"_s, action.errorCode},
                {u"reason"_s, Labels::uploadRefusal(action.errorCode, action.errorMessage)}});
        }
        const QJsonObject root{
            {u"ok"_s, counts.pending == 0},           {u"uploaded"_s, sent},
            {u"waiting"_s, counts.pending},           {u"notAccepted"_s, refused},
            {u"lastUploadAt"_s, counts.lastUploadAt}, {u"error"_s, problem}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Uploaded: %n action(s).", nullptr, sent) << Qt::endl
              << tr("Still waiting: %n action(s).", nullptr, counts.pending) << Qt::endl;
        if (counts.rejected > 0) {
            m_out << tr("Not accepted by the site: %n action(s).", nullptr, counts.rejected)
                  << Qt::endl;
            for (const auto &action : actions) {
                if (action.state == UploadRepository::State::Rejected)
                    m_out << u"  "_s << action.title << u" ("_s << Labels::uploadAction(action)
                          << u"): "_s
                          << Labels::uploadRefusal(action.errorCode, action.errorMessage)
                          << Qt::endl;
            }
        }
        if (!problem.isEmpty())
            m_err << problem << Qt::endl;
    }
    return counts.pending == 0 ? 0 : 1;
}

int Commands::status(bool json)
{
    AccountService &account = m_context.account();
    const AccountService::State state = waitFor(account.restore());
    const LibraryService::Stats stats = m_context.library().stats(m_context.profileId()).result();
    const UploadRepository::Counts uploads
        = m_context.library().uploadCounts(m_context.profileId()).result();
    const QString stateName = state == AccountService::State::SignedIn      ? u"signed_in"_s
                              : state == AccountService::State::NeedsSignIn ? u"needs_sign_in"_s
                                                                            : u"signed_out"_s;
    if (json) {
        const QJsonObject root{{u"dataDir"_s, m_context.dataDir()},
                               {u"account"_s, stateName},
                               {u"site"_s, account.siteUrl().toString()},
                               {u"username"_s, account.username()},
                               {u"keychain"_s, m_context.credentials().isKeychainAvailable()},
                               {u"courses"_s, stats.courses},
                               {u"storedFiles"_s, stats.blobs},
                               {u"storedBytes"_s, stats.bytes},
                               {u"pendingUploads"_s, stats.pendingUploads},
                               {u"refusedUploads"_s, uploads.rejected},
                               {u"lastUploadAt"_s, uploads.lastUploadAt}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    switch (state) {
    case AccountService::State::SignedIn:
        m_out << tr("Signed in to %1 as %2.").arg(account.siteUrl().host(), account.username());
        break;
    case AccountService::State::NeedsSignIn:
        m_out << tr("The sign-in to %1 as %2 has expired: run clikc login again.")
                     .arg(account.siteUrl().host(), account.username());
        break;
    case AccountService::State::SignedOut:
        m_out << tr("Not signed in.");
        break;
    }
    m_out << Qt::endl
          << tr("Library: %n course(s), %1 in %2.", nullptr, stats.courses)
                 .arg(Format::fileSize(stats.bytes), m_context.dataDir())
          << Qt::endl
          << tr("Progress waiting to be uploaded: %n item(s).", nullptr, stats.pendingUploads)
          << Qt::endl;
    if (uploads.rejected > 0)
        m_out << tr("Not accepted by the site: %n action(s) (see clikc upload).", nullptr,
                    uploads.rejected)
              << Qt::endl;
    if (uploads.lastUploadAt > 0)
        m_out << tr("Last upload: %1.")
                     .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(uploads.lastUploadAt),
                                             QLocale::ShortFormat))
              << Qt::endl;
    return 0;
}

} // namespace clikc
