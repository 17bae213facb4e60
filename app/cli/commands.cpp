#include "commands.h"

#include "appcontext.h"
#include "connector/moodleconnector.h"
#include "credentials/credentialstore.h"
#include "i18n/format.h"
#include "i18n/languagemanager.h"
#include "library/accountrecords.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "library/uploadqueue.h"
#include "models/cataloguemodel.h"
#include "models/labels.h"
#include "settings/settings.h"
#include "sync/accountservice.h"
#include "sync/coursesources.h"
#include "sync/downloadmanager.h"
#include "sync/sitecatalogue.h"
#include "sync/uploader.h"
#include "syncprogress.h"
#include "util/signing.h"
#include "util/syncwindow.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <optional>
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

// Stable names for the site's errors in JSON output; see README's command-line section.
QString codeOf(const ConnectorError &error)
{
    using Code = ConnectorError::Code;
    switch (error.code) {
    case Code::None:
        return {};
    case Code::InvalidToken:
        return u"sign_in_expired"_s;
    case Code::InvalidLogin:
        return u"invalid_login"_s;
    case Code::Timeout:
    case Code::ConnectionFailed:
        return u"site_unreachable"_s;
    case Code::TlsError:
        return u"insecure_connection"_s;
    case Code::Maintenance:
        return u"site_maintenance"_s;
    case Code::AccessDenied:
        return u"access_denied"_s;
    case Code::EnrolmentRefused:
        return u"enrolment_refused"_s;
    default:
        return u"site_error"_s;
    }
}

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text.left(width - 1) + u"… "_s : text.leftJustified(width + 1);
}

} // namespace

Commands::Commands(AppContext &context, QTextStream &out, QTextStream &err, bool json)
    : m_context(context)
    , m_out(out)
    , m_err(err)
    , m_json(json)
{}

QJsonObject Commands::errorObject(const QString &code, const QString &message)
{
    return QJsonObject{{u"code"_s, code}, {u"message"_s, message}};
}

void Commands::printError(QTextStream &out, QTextStream &err, bool json, const QString &code,
                          const QString &message)
{
    err << message << Qt::endl;
    if (json) {
        const QJsonObject root{{u"error"_s, errorObject(code, message)}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out.flush();
    }
}

int Commands::fail(const QString &code, const QString &message)
{
    printError(m_out, m_err, m_json, code, message);
    return 1;
}

void Commands::printJson(const QJsonObject &root)
{
    m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    m_out.flush();
}

std::pair<QString, QString> Commands::signInProblem(AccountService::State state)
{
    const AccountService &account = m_context.account();
    if (state == AccountService::State::NeedsSignIn) {
        return {u"sign_in_expired"_s,
                tr("The sign-in to %1 as %2 has expired: run clikc login again.")
                    .arg(account.siteUrl().host(), account.username())};
    }
    // What the library records tells "never signed in" from "signed out".
    const auto recorded = m_context.accountRecords().account(m_context.profileId()).result();
    if (recorded && recorded->sourceId != 0 && !recorded->username.isEmpty()) {
        const auto site = m_context.accountRecords().source(recorded->sourceId).result();
        const QString host = site ? QUrl(site->baseUrl).host() : QString();
        return {u"not_signed_in"_s,
                tr("Not signed in: you signed out of %1. Run clikc login to sign in again.")
                    .arg(host.isEmpty() ? recorded->username : host)};
    }
    return {u"not_signed_in"_s,
            tr("Not signed in: this library has never been signed in to a site. Run clikc "
               "login --site URL --username NAME first.")};
}

QString Commands::usage()
{
    return tr("Usage: clikc [--data-dir DIR] [--profile NAME|ID] COMMAND\n"
              "\n"
              "Commands:\n"
              "  library list [--json]             list the courses on this computer\n"
              "  library verify [--json]           re-check every stored file; set aside damaged "
              "ones\n"
              "  library import FOLDER [--course ID ...] [--trust-signer] [--json]\n"
              "                                    import courses from a CLiKC! mirror (a signer\n"
              "                                    not trusted yet needs --trust-signer)\n")
           + tr("  mirror export FOLDER [--course ID ...] [--signer NAME] [--json]\n"
                "                                    write courses to a folder or USB drive as a\n"
                "                                    mirror (all that are entirely on this "
                "computer)\n"
                "  mirror verify FOLDER [--json]     re-check every file of a mirror\n")
           + tr("  sources list [--json]             list the course sources (mirrors on the LAN)\n"
                "  sources add URL|FOLDER [--allow-http] [--trust-signer] [--json]\n"
                "                                    add a mirror on a web server or in a folder "
                "as\n"
                "                                    a course source; sync downloads from it\n"
                "  sources remove ID|URL|FOLDER [--json]\n"
                "                                    stop using a course source (its courses "
                "stay)\n")
           + tr("  courses --site-catalogue [--search WORDS] [--category ID] [--json]\n"
                "                                    list every course of the site your account\n"
                "                                    may see, enrolled or not\n"
                "  courses (--add ID | --enrol ID | --drop ID) ... [--json]\n"
                "                                    take a course into your library without\n"
                "                                    enrolling, enrol yourself where the course\n"
                "                                    offers it, or drop a course you took\n")
           + tr(
               "  login --site URL --username NAME [--password-stdin] [--allow-http]\n"
               "                                    sign in to a CLiKC! site (the password is "
               "never "
               "kept)\n"
               "  logout                            sign out and delete the sign-in token\n"
               "  courses [--json]                  list your courses, refreshed from the site\n"
               "  status [--json]                   show the sign-in, the library and pending "
               "uploads\n"
               "  upload [--all-profiles] [--json]  send the progress recorded offline to the "
               "site\n"
               "                                    (for every learner with --all-profiles)\n"
               "  sync (--all | --course ID ...) [--parallel N] [--limit-rate RATE] [--json]\n"
               "       [--window HH:MM-HH:MM] [--report FILE]\n"
               "                                    download courses to this computer, until "
               "done;\n"
               "                                    N files at once, at most RATE bytes/s (500k, "
               "2M)\n"
               "                                    only in those hours (waits, stops and carries\n"
               "                                    on), writing a JSON report to FILE\n"
               "  profiles list [--json]            list the learners of this library\n"
               "  profiles add NAME [--json]        add a learner (signs in with --profile NAME "
               "login)\n"
               "  profiles remove NAME|ID [--discard-unsent] [--json]\n"
               "                                    remove a learner, their progress and "
               "sign-in\n"
               "\n"
               "--profile NAME|ID runs the command as that learner (their sign-in, progress and\n"
               "uploads); without it, the library's first learner.\n"
               "\n"
               "The library lives in the folder given by --data-dir, else CLIKC_DATA_DIR, else "
               "the\n"
               "application's data folder.\n")
           + u"\n"_s
           + tr("With --json, the result is one JSON object on standard output. When the command\n"
                "failed, it holds \"error\": {\"code\": CODE, \"message\": TEXT}, and the message "
                "is\n"
                "also written to standard error.\n"
                "\n"
                "Exit codes:\n"
                "  0  success\n"
                "  1  the command ran, but something failed (see the message)\n"
                "  2  wrong usage: an unknown command or option, a missing argument, or an option\n"
                "     the command does not take\n"
                "  3  the library is in use by the application or by another clikc command; try\n"
                "     again when it has finished\n");
}

bool Commands::useProfile(const QString &nameOrId)
{
    const auto learner = m_context.accountRecords().findLearner(nameOrId).result();
    if (!learner) {
        fail(u"unknown_profile"_s,
             tr("There is no learner %1 in this library: clikc profiles list shows them.")
                 .arg(nameOrId));
        return false;
    }
    m_context.useProfile(learner->id);
    return true;
}

int Commands::profilesList()
{
    const QList<Learner> learners = m_context.accountRecords().learners().result();
    if (m_json) {
        QJsonArray array;
        const auto orNull = [](const QString &text) {
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        };
        for (const Learner &l : learners) {
            QJsonObject learner{{u"id"_s, l.id},
                                {u"name"_s, l.name},
                                {u"signedIn"_s, l.signedIn},
                                {u"pendingUploads"_s, l.pendingUploads},
                                {u"refusedUploads"_s, l.refusedUploads},
                                {u"current"_s, l.id == m_context.profileId()}};
            learner.insert(u"site"_s, orNull(l.siteUrl));
            learner.insert(u"username"_s, orNull(l.username));
            learner.insert(u"language"_s, orNull(l.language));
            learner.insert(
                u"lastUsed"_s,
                orNull(
                    l.lastUsedAt > 0
                        ? QDateTime::fromSecsSinceEpoch(l.lastUsedAt, Qt::UTC).toString(Qt::ISODate)
                        : QString()));
            array.append(learner);
        }
        printJson({{u"profiles"_s, array}});
        return 0;
    }
    const QLocale locale(m_context.languages().language());
    m_out << padded(tr("ID"), 4) << padded(tr("Learner"), 24) << padded(tr("Site"), 28)
          << padded(tr("Last used"), 18) << tr("Waiting to upload") << Qt::endl;
    for (const Learner &l : learners) {
        const QString site = l.sourceId == 0 ? tr("(this computer only)")
                             : l.signedIn    ? QUrl(l.siteUrl).host()
                                             : tr("%1 (signed out)").arg(QUrl(l.siteUrl).host());
        const QString used = l.lastUsedAt > 0 ? locale.toString(
                                 QDateTime::fromSecsSinceEpoch(l.lastUsedAt), QLocale::ShortFormat)
                                              : tr("never");
        m_out << padded(QString::number(l.id), 4) << padded(l.name, 24) << padded(site, 28)
              << padded(used, 18) << locale.toString(l.pendingUploads) << Qt::endl;
    }
    return 0;
}

int Commands::profilesAdd(const QString &name)
{
    const AccountRecords::Added added = m_context.accountRecords().addLearner(name).result();
    if (added.error.isError())
        return fail(added.error.key(), added.error.message());
    if (m_json)
        printJson({{u"id"_s, added.id}, {u"name"_s, name.trimmed()}});
    else
        m_out << tr("Added the learner %1 (ID %2).").arg(name.trimmed()).arg(added.id) << Qt::endl;
    return 0;
}

int Commands::profilesRemove(const QString &nameOrId, bool discardUnsent)
{
    const auto learner = m_context.accountRecords().findLearner(nameOrId).result();
    if (!learner) {
        return fail(u"unknown_profile"_s,
                    tr("There is no learner %1 in this library: clikc profiles list shows them.")
                        .arg(nameOrId));
    }
    if (learner->pendingUploads > 0 && !discardUnsent) {
        return fail(u"unsent_progress"_s,
                    tr("%1 has %n action(s) not sent to the site yet. Send them first (clikc "
                       "--profile %2 upload), or add --discard-unsent to remove the learner "
                       "anyway.",
                       nullptr, learner->pendingUploads)
                        .arg(learner->name, QString::number(learner->id)));
    }
    // Their sign-in goes with them: the token kept for this library, learner, site and user.
    // (The keychain answers through this thread's event loop: waited for, not blocked on.)
    const AppContext::Removal removal = waitFor(m_context.removeLearner(learner->id));
    if (removal.error.isError())
        return fail(removal.error.key(), removal.error.message());
    const bool tokenRemoved = removal.tokenRemoved;
    if (m_json) {
        printJson({{u"removed"_s, learner->id},
                   {u"name"_s, learner->name},
                   {u"discardedUploads"_s, learner->pendingUploads},
                   {u"tokenRemoved"_s, tokenRemoved}});
    } else {
        m_out << tr("Removed the learner %1 and everything of theirs in this library.")
                     .arg(learner->name)
              << Qt::endl;
    }
    return 0;
}

bool Commands::startLibrary()
{
    m_context.maintenance().repair();
    const auto report
        = m_context.maintenance().importSampleIfFirstStart(AppContext::sampleMirrorRoot()).result();
    for (const MirrorError &error : report.errors)
        m_err << tr("The sample course could not be set up: %1").arg(error.message()) << Qt::endl;
    return report.ok();
}

QJsonObject Commands::libraryJson()
{
    const QString language = m_context.languages().language();
    const QList<CourseSummary> courses
        = m_context.courseQueries().courses(m_context.profileId()).result();
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
    return QJsonObject{{u"dataDir"_s, m_context.dataDir()}, {u"courses"_s, array}};
}

void Commands::printLibraryTable()
{
    const QString language = m_context.languages().language();
    const QLocale locale(language);
    const QList<CourseSummary> courses
        = m_context.courseQueries().courses(m_context.profileId()).result();
    if (courses.isEmpty()) {
        m_out << tr("There are no courses on this computer.") << Qt::endl;
        return;
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
}

int Commands::libraryList()
{
    if (m_json)
        printJson(libraryJson());
    else
        printLibraryTable();
    return 0;
}

int Commands::libraryVerify()
{
    const LibraryMaintenance::VerifyReport report = m_context.maintenance().verify().result();
    const QString language = m_context.languages().language();
    const QString problem
        = tr("%n damaged or missing file(s) were set aside; the courses that used them must be "
             "put back.",
             nullptr, int(report.damagedFiles.size() + report.missingFiles.size()));
    if (m_json) {
        QJsonArray files;
        const auto add = [&](const QList<BlobUse> &uses, const QString &state) {
            for (const BlobUse &use : uses) {
                files.append(QJsonObject{{u"state"_s, state},
                                         {u"courseId"_s, use.courseId},
                                         {u"course"_s, use.courseTitle.text(language)},
                                         {u"activity"_s, use.activityTitle.text(language)},
                                         {u"file"_s, use.path},
                                         {u"sha256"_s, use.sha256}});
            }
        };
        add(report.damagedFiles, u"damaged"_s);
        add(report.missingFiles, u"missing"_s);
        QJsonObject root{{u"checked"_s, report.checked},
                         {u"damaged"_s, QJsonArray::fromStringList(report.quarantined)},
                         {u"missing"_s, QJsonArray::fromStringList(report.missing)},
                         {u"files"_s, files},
                         {u"orphansRemoved"_s, QJsonArray::fromStringList(report.orphans)},
                         {u"ok"_s, report.ok()}};
        if (report.error.isError()) {
            root.insert(u"error"_s, errorObject(report.error.key(), report.error.message()));
            m_err << report.error.message() << Qt::endl;
        } else if (!report.ok()) {
            root.insert(u"error"_s, errorObject(u"files_damaged"_s, problem));
            m_err << problem << Qt::endl;
        }
        printJson(root);
        return report.ok() ? 0 : 1;
    }
    m_out << tr("Checked %n file(s).", nullptr, report.checked) << Qt::endl;
    QSet<QString> named;
    for (const BlobUse &use : report.damagedFiles) {
        named.insert(use.sha256);
        //: %1 the file's name in the course, %2 the activity, %3 the course
        m_out << tr("Damaged, set aside: %1 (%2, in the course %3)")
                     .arg(use.path, use.activityTitle.text(language),
                          use.courseTitle.text(language))
              << Qt::endl;
    }
    for (const BlobUse &use : report.missingFiles) {
        named.insert(use.sha256);
        //: %1 the file's name in the course, %2 the activity, %3 the course
        m_out << tr("Missing: %1 (%2, in the course %3)")
                     .arg(use.path, use.activityTitle.text(language),
                          use.courseTitle.text(language))
              << Qt::endl;
    }
    // Content no course file uses any more has only its checksum to go by.
    for (const QString &sha : report.quarantined) {
        if (!named.contains(sha))
            m_out << tr("Damaged, set aside: %1").arg(sha) << Qt::endl;
    }
    for (const QString &sha : report.missing) {
        if (!named.contains(sha))
            m_out << tr("Missing: %1").arg(sha) << Qt::endl;
    }
    if (!report.orphans.isEmpty())
        m_out << tr("Removed %n file(s) that no course used.", nullptr, int(report.orphans.size()))
              << Qt::endl;
    if (report.ok())
        m_out << tr("The library is intact.") << Qt::endl;
    if (!report.quarantined.isEmpty() || !report.missing.isEmpty())
        m_err << problem << Qt::endl;
    // What was found is printed above, but the library could not record it.
    if (report.error.isError())
        m_err << report.error.message() << Qt::endl;
    return report.ok() ? 0 : 1;
}

namespace {

QJsonArray mirrorErrorsJson(const QList<MirrorError> &errors)
{
    QJsonArray array;
    for (const MirrorError &error : errors) {
        array.append(QJsonObject{{u"message"_s, error.message()},
                                 {u"subject"_s, error.subject},
                                 {u"detail"_s, error.detail}});
    }
    return array;
}

} // namespace

std::optional<int> Commands::refuseUntrusted(const LibraryMaintenance::MirrorPreview &preview,
                                             bool trustSigner, QJsonValue *signerJson)
{
    QJsonValue &signer = *signerJson;
    if (preview.signer) {
        const QString name = preview.signer->name;
        const QString fingerprint = preview.signer->fingerprint();
        signer
            = QJsonObject{{u"name"_s, name},
                          {u"fingerprint"_s, fingerprint},
                          {u"trust"_s, preview.trust == SignerTrust::Trusted      ? u"trusted"_s
                                       : preview.trust == SignerTrust::KeyChanged ? u"key_changed"_s
                                                                                  : u"new"_s}};
        if (preview.trust == SignerTrust::KeyChanged && !trustSigner) {
            return fail(u"signer_key_changed"_s,
                        tr("Warning: this mirror says it was signed by “%1”, but with a key this "
                           "library has not trusted for that name (fingerprint %2). It may not "
                           "come from them. Import it only if they confirm they have a new key: "
                           "then run the command again with --trust-signer.")
                            .arg(name, fingerprint));
        }
        if (preview.trust == SignerTrust::New && !trustSigner) {
            return fail(u"untrusted_signer"_s,
                        tr("This mirror is signed by “%1” (fingerprint %2), whom this library "
                           "has not trusted before. Check the fingerprint with them, then run "
                           "the command again with --trust-signer.")
                            .arg(name, fingerprint));
        }
        if (!m_json)
            m_out << tr("Signed by %1 (fingerprint %2).").arg(name, fingerprint) << Qt::endl;
    } else if (!m_json) {
        m_err << tr("This mirror is not signed: where it comes from cannot be checked.")
              << Qt::endl;
    }
    return std::nullopt;
}

int Commands::libraryImport(const QString &folder, const QStringList &courseIds, bool trustSigner)
{
    // Who signed it, checked before anything is copied: a signer this library does not trust
    // yet needs the person's word (--trust-signer).
    const LibraryMaintenance::MirrorPreview preview
        = m_context.maintenance().previewMirror(folder).result();
    if (preview.error.isError())
        return fail(preview.error.code == MirrorError::Code::SignatureMismatch
                        ? u"signature_mismatch"_s
                        : u"import_failed"_s,
                    preview.error.message());
    QJsonValue signer;
    if (const std::optional<int> refused = refuseUntrusted(preview, trustSigner, &signer))
        return *refused;
    const QByteArray confirmed = preview.signer ? preview.signer->publicKey : QByteArray();
    const MirrorImporter::Report report
        = m_context.maintenance()
              .importMirror(folder, SourceKind::Mirror, courseIds, confirmed)
              .result();
    if (m_json) {
        for (const MirrorError &error : report.errors)
            m_err << error.message() << Qt::endl;
        QJsonObject root{{u"imported"_s, QJsonArray::fromStringList(report.imported)},
                         {u"signer"_s, signer},
                         {u"filesCopied"_s, report.filesCopied},
                         {u"filesReused"_s, report.filesReused},
                         {u"bytesCopied"_s, report.bytesCopied},
                         {u"errors"_s, mirrorErrorsJson(report.errors)},
                         {u"ok"_s, report.ok()}};
        if (!report.ok()) {
            root.insert(u"error"_s,
                        errorObject(u"import_failed"_s, report.errors.isEmpty()
                                                            ? QString()
                                                            : report.errors.first().message()));
        }
        printJson(root);
    } else {
        m_out << tr("%n course(s) imported.", nullptr, int(report.imported.size())) << Qt::endl;
        for (const MirrorError &error : report.errors)
            m_err << error.message() << Qt::endl;
    }
    return report.ok() ? 0 : 1;
}

namespace {

// "120 MB of 500 MB copied (24%) · 30 MB/s · about 13 s left" on standard error: in place on a
// terminal, else a line at most every ten seconds.
class CopyProgress final
{
public:
    enum class Work { Copying, Checking };
    CopyProgress(QTextStream &err, Work work)
        : m_err(err)
        , m_terminal(::isatty(STDERR_FILENO) != 0)
        , m_work(work)
    {
        m_clock.start();
    }

    void update(qint64 done, qint64 total)
    {
        if (total <= 0
            || (m_printed.isValid() && m_printed.elapsed() < (m_terminal ? 250 : 10000)
                && done < total)) {
            return;
        }
        QStringList parts;
        //: Copied so far, of the whole export, and the percentage: "3.5 MB of 7.0 MB copied
        //: (50%)"
        const QString share = Format::percent(double(done) / double(total));
        parts << (m_work == Work::Copying
                      ? Commands::tr("%1 of %2 copied (%3)")
                      //: Read and checked so far, of the whole mirror: "3.5 MB of 7.0 MB
                      //: checked (50%)"
                      : Commands::tr("%1 of %2 checked (%3)"))
                     .arg(Format::fileSize(done), Format::fileSize(total), share);
        const double seconds = m_clock.elapsed() / 1000.0;
        if (seconds > 1 && done > 0) {
            const double rate = done / seconds;
            parts << SyncProgress::tr("%1/s").arg(Format::fileSize(qint64(rate)));
            if (done < total)
                parts << SyncProgress::tr("about %1 left")
                             .arg(Format::duration(qint64((total - done) / rate * 1000)));
        }
        m_err << (m_terminal ? u"\r\x1b[K"_s : QString()) << parts.join(u" · "_s)
              << (m_terminal ? QString() : u"\n"_s);
        m_err.flush();
        m_printed.start();
        m_shown = true;
    }

    void finish()
    {
        if (m_terminal && m_shown)
            m_err << Qt::endl;
    }

private:
    QTextStream &m_err;
    const bool m_terminal;
    const Work m_work;
    QElapsedTimer m_clock;
    QElapsedTimer m_printed;
    bool m_shown = false;
};

} // namespace

int Commands::mirrorExport(const QString &folder, const QStringList &courseIds,
                           const QString &signer)
{
    const QString language = m_context.languages().language();
    const QList<CourseSummary> courses
        = m_context.courseQueries().courses(m_context.profileId()).result();
    QList<qint64> chosen;
    QStringList leftOut; // without --course: what is not entirely here
    QStringList unknown = courseIds;
    for (const CourseSummary &course : courses) {
        const bool named = courseIds.contains(QString::number(course.id))
                           || courseIds.contains(course.remoteId)
                           || courseIds.contains(course.shortName);
        if (named) {
            unknown.removeAll(QString::number(course.id));
            unknown.removeAll(course.remoteId);
            unknown.removeAll(course.shortName);
            chosen.append(course.id);
        } else if (courseIds.isEmpty()) {
            if (course.readyFileCount == course.fileCount)
                chosen.append(course.id);
            else
                leftOut.append(course.title.text(language));
        }
    }
    if (!unknown.isEmpty()) {
        return fail(u"unknown_course"_s,
                    tr("There is no course %1 in this library: clikc library list shows them.")
                        .arg(unknown.first()));
    }
    if (chosen.isEmpty()) {
        return fail(u"nothing_to_export"_s,
                    tr("There is nothing to export: no course is entirely on this computer. "
                       "Download courses with clikc sync first."));
    }

    // Progress goes to standard error directly (it moves the cursor); m_err lets no control
    // character through.
    QFile standardError;
    standardError.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream progressStream(&standardError);
    std::optional<CopyProgress> progress;
    if (!m_json) {
        m_err.flush();
        progress.emplace(progressStream, CopyProgress::Work::Copying);
    }
    QObject guard;
    QObject::connect(&m_context.maintenance(), &LibraryMaintenance::exportProgressed, &guard,
                     [&progress](qint64 done, qint64 total) {
                         if (progress)
                             progress->update(done, total);
                     });
    MirrorExporter::Options options = m_context.exportOptions();
    options.signingKey = waitFor(m_context.signingKey());
    if (!signer.trimmed().isEmpty())
        m_context.settings().setSignerName(signer);
    options.signerName = m_context.settings().signerName();
    if (options.signerName.isEmpty()) {
        const auto learner = m_context.accountRecords().learner(m_context.profileId()).result();
        options.signerName = learner && learner->name != u"local"_s ? learner->name : options.title;
    }
    if (options.signingKey.isEmpty() && !m_json)
        m_err << tr("The system keychain is not available, so this export is not signed.")
              << Qt::endl;
    const MirrorExporter::Report report
        = waitFor(m_context.maintenance().exportMirror(folder, chosen, options));
    const QString fingerprint = signing::fingerprint(signing::publicKeyOf(options.signingKey));
    QCoreApplication::processEvents(); // the last progress signals
    if (progress)
        progress->finish();

    if (m_json) {
        QJsonArray exported;
        for (const MirrorExporter::ExportedCourse &course : report.exported) {
            exported.append(QJsonObject{{u"id"_s, course.id},
                                        {u"remoteId"_s, course.remoteId},
                                        {u"title"_s, course.title.text(language)}});
        }
        QJsonObject root{
            {u"folder"_s, folder},
            {u"exported"_s, exported},
            {u"signer"_s, report.signedCatalogue ? QJsonValue(QJsonObject{
                              {u"name"_s, options.signerName}, {u"fingerprint"_s, fingerprint}})
                                                 : QJsonValue()},
            {u"notEntirelyHere"_s, QJsonArray::fromStringList(leftOut)},
            {u"filesCopied"_s, report.filesCopied},
            {u"filesKept"_s, report.filesKept},
            {u"filesRemoved"_s, report.filesRemoved},
            {u"bytesCopied"_s, report.bytesCopied},
            {u"errors"_s, mirrorErrorsJson(report.errors)},
            {u"ok"_s, report.ok()}};
        if (!report.ok())
            root.insert(u"error"_s,
                        errorObject(u"export_failed"_s, report.errors.isEmpty()
                                                            ? QString()
                                                            : report.errors.first().message()));
        for (const MirrorError &error : report.errors)
            m_err << error.message() << Qt::endl;
        printJson(root);
        return report.ok() ? 0 : 1;
    }
    for (const MirrorError &error : report.errors)
        m_err << error.message() << Qt::endl;
    if (!report.exported.isEmpty() || report.ok()) {
        m_out
            << tr("%n course(s) exported to %1.", nullptr, int(report.exported.size())).arg(folder)
            << Qt::endl
            << tr("Files: %1 copied (%2), %3 already there, %4 no longer used removed.")
                   .arg(report.filesCopied)
                   .arg(Format::fileSize(report.bytesCopied))
                   .arg(report.filesKept)
                   .arg(report.filesRemoved)
            << Qt::endl;
    }
    if (report.signedCatalogue) {
        m_out << tr("Signed by %1 (fingerprint %2).").arg(options.signerName, fingerprint)
              << Qt::endl;
    }
    if (!leftOut.isEmpty()) {
        m_out << tr("Not exported, because they are not entirely on this computer: %1")
                     .arg(leftOut.join(u", "_s))
              << Qt::endl;
    }
    return report.ok() ? 0 : 1;
}

int Commands::mirrorVerify(QTextStream &out, QTextStream &err, bool json, const QString &folder)
{
    QFile standardError;
    standardError.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream progressStream(&standardError);
    std::optional<CopyProgress> progress;
    if (!json)
        progress.emplace(progressStream, CopyProgress::Work::Checking);
    const MirrorExporter::VerifyReport report
        = MirrorExporter::verify(folder, [&progress](qint64 done, qint64 total) {
              if (progress)
                  progress->update(done, total);
              return true;
          });
    if (progress)
        progress->finish();
    if (json) {
        QJsonObject root{{u"folder"_s, folder},
                         {u"courses"_s, report.courses},
                         {u"files"_s, report.files},
                         {u"bytes"_s, report.bytes},
                         {u"errors"_s, mirrorErrorsJson(report.errors)},
                         {u"ok"_s, report.ok()}};
        if (!report.ok()) {
            root.insert(u"error"_s,
                        errorObject(u"mirror_damaged"_s, report.errors.first().message()));
        }
        for (const MirrorError &error : report.errors)
            err << error.message() << Qt::endl;
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out.flush();
        return report.ok() ? 0 : 1;
    }
    //: "Checked 2 courses, 14 files (265.2 kB)."
    out << tr("Checked %1, %2 (%3).")
               .arg(tr("%n course(s)", nullptr, report.courses),
                    tr("%n file(s)", nullptr, report.files), Format::fileSize(report.bytes))
        << Qt::endl;
    for (const MirrorError &error : report.errors) {
        err << (error.detail.isEmpty() ? error.message()
                                       : tr("%1 (course “%2”)").arg(error.message(), error.detail))
            << Qt::endl;
    }
    if (report.ok())
        out << tr("The mirror is intact.") << Qt::endl;
    return report.ok() ? 0 : 1;
}

namespace {

QJsonObject sourceJson(const Source &source)
{
    return {
        {u"id"_s, source.id},
        {u"address"_s, source.baseUrl},
        {u"title"_s, source.title.defaultText()},
        {u"signer"_s, source.signerName.isEmpty() ? QJsonValue() : QJsonValue(source.signerName)},
        {u"plainHttp"_s, source.allowHttp}};
}

} // namespace

int Commands::sourcesList()
{
    const QList<Source> sources = waitFor(m_context.courseSources().subscribedSources());
    if (m_json) {
        QJsonArray list;
        for (const Source &source : sources)
            list.append(sourceJson(source));
        printJson({{u"sources"_s, list}, {u"ok"_s, true}});
        return 0;
    }
    if (sources.isEmpty())
        m_out << tr("No course source: add one with clikc sources add ADDRESS|FOLDER.") << Qt::endl;
    for (const Source &source : sources) {
        m_out << source.id << u"  "_s << source.baseUrl << u"  "_s << source.title.defaultText();
        if (!source.signerName.isEmpty())
            m_out << u"  "_s << tr("(signed by %1)").arg(source.signerName);
        m_out << Qt::endl;
    }
    return 0;
}

int Commands::sourcesAdd(const QString &location, bool allowHttp, bool trustSigner)
{
    CourseSources &sources = m_context.courseSources();
    const CourseSources::Preview preview = waitFor(sources.preview(location, allowHttp));
    if (preview.mirror.error.isError()) {
        return fail(preview.mirror.error.code == MirrorError::Code::SignatureMismatch
                        ? u"signature_mismatch"_s
                        : u"source_failed"_s,
                    preview.mirror.error.message());
    }
    QJsonValue signer;
    if (const std::optional<int> refused = refuseUntrusted(preview.mirror, trustSigner, &signer))
        return *refused;
    const MirrorSources::Listing listing = waitFor(sources.add(preview));
    if (listing.error.isError())
        return fail(u"source_failed"_s, listing.error.message());
    if (m_json) {
        for (const MirrorError &error : listing.courseErrors)
            m_err << error.message() << Qt::endl;
        QJsonObject root = sourceJson(listing.source);
        root.insert(u"signer"_s, signer);
        root.insert(u"courses"_s, QJsonArray::fromStringList(listing.listed));
        root.insert(u"bytes"_s, listing.bytes);
        root.insert(u"errors"_s, mirrorErrorsJson(listing.courseErrors));
        root.insert(u"ok"_s, listing.ok());
        printJson(root);
    } else {
        m_out << tr("Course source added: %1.").arg(listing.source.baseUrl) << Qt::endl
              << tr("%n course(s) listed (%1); clikc sync --all downloads them.", nullptr,
                    int(listing.listed.size()))
                     .arg(Format::fileSize(listing.bytes))
              << Qt::endl;
        for (const MirrorError &error : listing.courseErrors)
            m_err << error.message() << Qt::endl;
    }
    return listing.ok() ? 0 : 1;
}

int Commands::sourcesRemove(const QString &idOrLocation)
{
    MirrorError ignored;
    const QString location = CourseSources::locationOf(idOrLocation, &ignored);
    for (const Source &source : waitFor(m_context.courseSources().subscribedSources())) {
        if (QString::number(source.id) != idOrLocation && source.baseUrl != location
            && source.baseUrl != idOrLocation)
            continue;
        const LibraryError error = waitFor(m_context.courseSources().remove(source.id));
        if (error.isError())
            return fail(u"library_failed"_s, error.message());
        if (m_json)
            printJson({{u"removed"_s, source.id}, {u"ok"_s, true}});
        else
            m_out << tr("Course source removed: %1. Its courses stay in the library.")
                         .arg(source.baseUrl)
                  << Qt::endl;
        return 0;
    }
    return fail(
        u"unknown_source"_s,
        tr("No course source %1 in this library (see clikc sources list).").arg(idOrLocation));
}

int Commands::login(const QString &site, const QString &username, bool passwordFromStdin,
                    bool allowHttp)
{
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

int Commands::courses()
{
    AccountService &account = m_context.account();
    const AccountService::State state = waitFor(account.restore());
    QString code, message;
    if (state == AccountService::State::SignedIn) {
        const AccountService::CatalogueReport report = waitFor(account.refreshCatalogue());
        if (!report.ok()) {
            code = report.error.isError() ? codeOf(report.error) : u"library_error"_s;
            message = report.message();
        }
    } else {
        std::tie(code, message) = signInProblem(state);
    }
    // Signed out is a choice, not a failure: the list is what this computer holds.
    const bool failed = !code.isEmpty() && state != AccountService::State::SignedOut;
    if (!message.isEmpty())
        m_err << message << Qt::endl << tr("Showing what this computer already knows.") << Qt::endl;
    if (!m_json) {
        printLibraryTable();
        return failed ? 1 : 0;
    }
    QJsonObject root = libraryJson();
    root.insert(u"account"_s, state == AccountService::State::SignedIn      ? u"signed_in"_s
                              : state == AccountService::State::NeedsSignIn ? u"needs_sign_in"_s
                                                                            : u"signed_out"_s);
    root.insert(u"refreshed"_s, code.isEmpty());
    if (failed)
        root.insert(u"error"_s, errorObject(code, message));
    printJson(root);
    return failed ? 1 : 0;
}

namespace {

QString catalogueStateKey(const SiteCatalogue::Entry &entry)
{
    return entry.enrolled ? u"enrolled"_s : entry.taken ? u"taken"_s : u"not_enrolled"_s;
}

} // namespace

int Commands::siteCatalogue(qint64 categoryId, const QString &search)
{
    AccountService &account = m_context.account();
    const AccountService::State state = waitFor(account.restore());
    if (state != AccountService::State::SignedIn) {
        const auto [code, message] = signInProblem(state);
        return fail(code, message);
    }
    const SiteCatalogue::Listing listing
        = waitFor(m_context.siteCatalogue().list(categoryId, search));
    if (!listing.ok())
        return fail(codeOf(listing.error), listing.message());
    const QLocale locale(m_context.languages().language());
    if (m_json) {
        QJsonArray courses;
        for (const SiteCatalogue::Entry &entry : listing.courses) {
            const RemoteCourse &course = entry.course.course;
            courses.append(QJsonObject{
                {u"id"_s, course.id},
                {u"shortName"_s, course.shortName},
                {u"title"_s, course.fullName},
                {u"summary"_s, course.summary},
                {u"categoryId"_s, entry.course.categoryId},
                {u"category"_s, entry.course.categoryName},
                {u"enrolled"_s, entry.enrolled},
                {u"inLibrary"_s, entry.enrolled || entry.taken},
                {u"state"_s, catalogueStateKey(entry)},
                {u"selfEnrolment"_s, entry.course.offersSelfEnrolment()},
            });
        }
        QJsonArray categories;
        for (const CatalogueCategory &category : listing.categories) {
            categories.append(QJsonObject{{u"id"_s, category.id},
                                          {u"name"_s, category.name},
                                          {u"parent"_s, category.parentId},
                                          {u"courses"_s, category.courseCount}});
        }
        printJson(QJsonObject{{u"site"_s, account.siteUrl().toString()},
                              {u"courses"_s, courses},
                              {u"total"_s, listing.total},
                              {u"categories"_s, categories}});
        return 0;
    }
    if (listing.courses.isEmpty()) {
        m_out << (search.isEmpty() ? tr("The site's catalogue has no course here.")
                                   : tr("No course of the site matches “%1”.").arg(search))
              << Qt::endl;
        return 0;
    }
    m_out << padded(tr("ID"), 5) << padded(tr("Short name"), 12) << padded(tr("Course"), 36)
          << padded(tr("Category"), 18) << tr("State") << Qt::endl;
    for (const SiteCatalogue::Entry &entry : listing.courses) {
        const RemoteCourse &course = entry.course.course;
        m_out << padded(QString::number(course.id), 5) << padded(course.shortName, 12)
              << padded(course.fullName, 36) << padded(entry.course.categoryName, 18)
              << CatalogueModel::stateOf(entry) << Qt::endl;
    }
    if (listing.total > listing.courses.size()) {
        m_out << tr("%1 of %2 courses that match are shown; search with more words to see the "
                    "others.")
                     .arg(locale.toString(listing.courses.size()), locale.toString(listing.total))
              << Qt::endl;
    }
    m_out << tr("clikc courses --add ID takes a course into your library without enrolling; "
                "--enrol ID enrols you where the course offers self-enrolment.")
          << Qt::endl;
    return 0;
}

int Commands::changeCourses(const QStringList &take, const QStringList &enrol,
                            const QStringList &drop)
{
    AccountService &account = m_context.account();
    const AccountService::State state = waitFor(account.restore());
    if (state != AccountService::State::SignedIn) {
        const auto [code, message] = signInProblem(state);
        return fail(code, message);
    }
    SiteCatalogue &catalogue = m_context.siteCatalogue();
    // Short names are looked up in the catalogue (once); numbers are the site's ids.
    std::optional<SiteCatalogue::Listing> listing;
    const auto resolve = [&](const QString &name) -> std::optional<SiteCatalogue::Entry> {
        bool numeric = false;
        const qint64 id = name.toLongLong(&numeric);
        if (!listing)
            listing = waitFor(catalogue.list(0));
        for (const SiteCatalogue::Entry &entry : std::as_const(listing->courses)) {
            if (numeric ? entry.course.course.id == id
                        : entry.course.course.shortName.compare(name, Qt::CaseInsensitive) == 0)
                return entry;
        }
        if (numeric && id > 0) {
            SiteCatalogue::Entry unknown;
            unknown.course.course.id = id;
            unknown.course.course.shortName = name;
            return unknown; // the site says what it thinks of it
        }
        return std::nullopt;
    };
    QJsonArray done;
    QString failureCode, failureMessage;
    const auto act = [&](const QString &what, const QString &name) {
        const std::optional<SiteCatalogue::Entry> entry = resolve(name);
        if (!entry) {
            const QString message
                = listing && !listing->ok()
                      ? listing->message()
                      : tr("The site's catalogue has no course “%1” (see clikc courses "
                           "--site-catalogue).")
                            .arg(name);
            const QString code
                = listing && !listing->ok() ? codeOf(listing->error) : u"unknown_course"_s;
            m_err << message << Qt::endl;
            done.append(QJsonObject{{u"course"_s, name},
                                    {u"action"_s, what},
                                    {u"error"_s, errorObject(code, message)}});
            if (failureCode.isEmpty())
                std::tie(failureCode, failureMessage) = std::pair(code, message);
            return;
        }
        const qint64 id = entry->course.course.id;
        const QString label
            = entry->course.course.fullName.isEmpty() ? name : entry->course.course.fullName;
        SiteCatalogue::Result result;
        QString success;
        if (what == u"add"_s) {
            if (entry->enrolled) {
                success = tr("%1 is already one of your courses.").arg(label);
            } else {
                result = waitFor(catalogue.take(id));
                success = tr("%1 is in your library without enrolment; clikc sync downloads it.")
                              .arg(label);
            }
        } else if (what == u"enrol"_s) {
            if (entry->enrolled) {
                success = tr("You are already enrolled in %1.").arg(label);
            } else {
                result = waitFor(catalogue.selfEnrol(id));
                success = tr("You are enrolled in %1; clikc sync downloads it.").arg(label);
            }
        } else {
            result = waitFor(catalogue.drop(id));
            success = tr("%1 is no longer among your courses; what it holds on this computer "
                         "stays until the space is needed.")
                          .arg(label);
        }
        QJsonObject record{{u"course"_s, name}, {u"id"_s, id}, {u"action"_s, what}};
        if (result.ok()) {
            if (!m_json)
                m_out << success << Qt::endl;
            record.insert(u"done"_s, true);
        } else {
            const QString code = result.error.isError() ? codeOf(result.error) : u"library_error"_s;
            m_err << label << u": "_s << result.message() << Qt::endl;
            record.insert(u"error"_s, errorObject(code, result.message()));
            if (failureCode.isEmpty())
                std::tie(failureCode, failureMessage) = std::pair(code, result.message());
        }
        done.append(record);
    };
    for (const QString &name : take)
        act(u"add"_s, name);
    for (const QString &name : enrol)
        act(u"enrol"_s, name);
    for (const QString &name : drop)
        act(u"drop"_s, name);
    if (!m_json) {
        printLibraryTable();
        return failureCode.isEmpty() ? 0 : 1;
    }
    QJsonObject root = libraryJson();
    root.insert(u"changes"_s, done);
    if (!failureCode.isEmpty())
        root.insert(u"error"_s, errorObject(failureCode, failureMessage));
    printJson(root);
    return failureCode.isEmpty() ? 0 : 1;
}

namespace {

// Runs the event loop for `ms` real milliseconds.
void sleepFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())), &loop,
                       &QEventLoop::quit);
    loop.exec();
}

} // namespace

int Commands::sync(bool all, const QStringList &courseIds, int parallel, qint64 limitRate,
                   const QString &windowText, const QString &reportPath)
{
    const qint64 rate
        = limitRate >= 0 ? limitRate : qint64(m_context.settings().downloadLimitKB()) * 1000;
    m_context.downloads().setLimits(
        parallel > 0 ? parallel : m_context.settings().parallelDownloads(), rate);
    // A night run: nothing goes over the link outside the hours it was given.
    const std::optional<SyncWindow> window = SyncWindow::parse(windowText);
    const QDateTime startedAt = Clock::now();
    QElapsedTimer running;
    running.start();
    qint64 waitedMs = 0;
    const auto waitForWindow = [&] {
        if (!window)
            return;
        const QDateTime now = Clock::now();
        const qint64 clockMs = window->msUntilOpen(now);
        if (clockMs <= 0)
            return;
        m_err << tr("Outside the hours %1: waiting until %2.")
                     .arg(window->toString(),
                          QLocale().toString(now.addMSecs(clockMs), QLocale::ShortFormat))
              << Qt::endl;
        QElapsedTimer waited;
        waited.start();
        // Woken a little after the clock reads the hour, never before it.
        while (!window->contains(Clock::now()))
            sleepFor(Clock::realMs(window->msUntilOpen(Clock::now())) + 20);
        waitedMs += waited.elapsed();
    };
    waitForWindow();

    // The course sources (mirrors on the LAN) are read again first: what they list now is what
    // is fetched from them. One that cannot be reached keeps the courses it listed before.
    QSet<qint64> mirrorSources;
    for (const MirrorSources::Listing &listing : waitFor(m_context.courseSources().refreshAll())) {
        if (listing.source.id > 0)
            mirrorSources.insert(listing.source.id);
        if (listing.error.isError())
            m_err << listing.error.message() << Qt::endl;
        for (const MirrorError &error : listing.courseErrors)
            m_err << error.message() << Qt::endl;
    }

    AccountService &account = m_context.account();
    const AccountService::State state = waitFor(account.restore());
    const bool signedIn = state == AccountService::State::SignedIn;
    if (!signedIn) {
        const auto [code, message] = signInProblem(state);
        if (mirrorSources.isEmpty())
            return fail(code, message);
        // The sources' own courses need no sign-in; the site's wait for one.
        if (state != AccountService::State::SignedOut
            || account.reason() != AccountService::Reason::NeverSignedIn)
            m_err << message << Qt::endl
                  << tr("Carrying on with the course sources only.") << Qt::endl;
    }
    // The courses asked for, among those of this site and of the course sources.
    QStringList unknown;
    const auto choose = [&] {
        QList<CourseSummary> chosen;
        unknown = courseIds;
        for (const CourseSummary &course :
             m_context.courseQueries().courses(m_context.profileId()).result()) {
            if ((!signedIn || course.sourceId != account.sourceId())
                && !mirrorSources.contains(course.sourceId))
                continue;
            const bool named
                = courseIds.contains(course.remoteId) || courseIds.contains(course.shortName);
            if (all || named) {
                chosen.append(course);
                unknown.removeAll(course.remoteId);
                unknown.removeAll(course.shortName);
            }
        }
        return chosen;
    };

    DownloadManager &downloads = m_context.downloads();
    // A run ends: a file that keeps failing is given up, named in the report with its reason.
    downloads.setMaxTries(kSyncMaxTries);
    QHash<qint64, DownloadManager::Item> items;
    QSet<qint64> moving; // files seen on their way in this run (not finished in an earlier one)
    QObject guard;
    QObject::connect(&downloads, &DownloadManager::itemChanged, &guard,
                     [&items, &moving](const DownloadManager::Item &item) {
                         items.insert(item.fileId, item);
                         if (item.state != DownloadManager::State::Done)
                             moving.insert(item.fileId);
                     });
    // What the library held before, to tell what is new.
    QSet<qint64> heldBefore;
    for (const CourseSummary &course :
         m_context.courseQueries().courses(m_context.profileId()).result())
        heldBefore.insert(course.id);
    // Redrawn in place on a terminal, plain lines in a log; none with JSON on standard output.
    // The progress line moves the cursor with codes of its own: it writes to standard error
    // directly, everything else goes through m_err, which lets no control character through.
    QFile standardError;
    standardError.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream progressStream(&standardError);
    std::optional<SyncProgress> progress;
    if (!m_json) {
        m_err.flush();
        progress.emplace(progressStream, ::isatty(STDERR_FILENO) != 0);
        QObject::connect(&downloads, &DownloadManager::totalsChanged, &guard,
                         [&progress](const DownloadManager::Totals &t) { progress->update(t); });
    }

    // What the library already knows of these courses starts at once: on a slow link the
    // catalogue's refresh (a request or more per course, seconds at satellite round trips) would
    // otherwise come before the first byte. What the refresh adds or changes is queued after it.
    for (const CourseSummary &course : choose())
        downloads.enqueueCourse(course.id);
    if (signedIn) {
        const AccountService::CatalogueReport catalogue = waitFor(account.refreshCatalogue());
        if (catalogue.error.needsSignIn())
            return fail(codeOf(catalogue.error), catalogue.error.message());
        if (!catalogue.ok())
            m_err << catalogue.message() << Qt::endl
                  << tr("Carrying on with the course list already on this computer.") << Qt::endl;
    }

    const QList<CourseSummary> chosen = choose();
    for (const QString &id : std::as_const(unknown))
        m_err << tr("No course %1 among your courses on the site.").arg(id) << Qt::endl;
    for (const CourseSummary &course : std::as_const(chosen))
        downloads.enqueueCourse(course.id);
    // Until everything is here; when the hours are over, everything stops until they start
    // again (a run without hours stops waiting after a day).
    bool idle = false;
    for (;;) {
        qint64 limitMs = 24 * 3600 * 1000;
        if (window) {
            const qint64 untilClose = window->msUntilClose(Clock::now());
            if (untilClose >= 0)
                limitMs = Clock::realMs(untilClose) + 20; // a little after the clock reads it
        }
        if (limitMs > 0 && downloads.waitUntilIdle(int(qMin<qint64>(limitMs, 24 * 3600 * 1000)))) {
            idle = true;
            break;
        }
        if (!window)
            break;
        // A timer may wake a little early (a coarse one by up to 5%): still in the hours, the
        // downloads go on.
        if (window->contains(Clock::now()))
            continue;
        downloads.pauseAll();
        m_err << tr("The hours %1 are over: the downloads stop until they start again.")
                     .arg(window->toString())
              << Qt::endl;
        waitForWindow();
        downloads.resumeAll();
    }
    // The last word on every file is in the library; the last totals are still on their way.
    QCoreApplication::processEvents();
    if (progress)
        progress->finish();

    // The chosen courses as the library has them now: read once for the counts, the summary
    // and the report.
    QList<CourseSummary> after;
    for (const CourseSummary &course :
         m_context.courseQueries().courses(m_context.profileId()).result()) {
        if (std::any_of(chosen.begin(), chosen.end(),
                        [&](const CourseSummary &c) { return c.id == course.id; }))
            after.append(course);
    }
    int ready = 0, failed = 0, complete = 0;
    qint64 bytes = 0;
    QJsonArray failures;
    for (const CourseSummary &course : std::as_const(after)) {
        complete += course.readyFileCount == course.fileCount ? 1 : 0;
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
    QString code, message;
    if (!unknown.isEmpty()) {
        code = u"unknown_course"_s;
        message = tr("No course %1 among your courses on the site.").arg(unknown.join(u", "_s));
    } else if (failed > 0 || !idle) {
        code = u"files_missing"_s;
        message = tr("%n file(s) could not be downloaded; run clikc sync again to carry on.",
                     nullptr, qMax(failed, 1));
    }
    const bool ok = code.isEmpty();

    // What arrived in this run, for the report and the summary line.
    QJsonArray arrived;
    qint64 bytesArrived = 0;
    for (const DownloadManager::Item &item : std::as_const(items)) {
        if (item.state != DownloadManager::State::Done || !moving.contains(item.fileId))
            continue;
        arrived.append(QJsonObject{{u"file"_s, item.path},
                                   {u"activity"_s, item.title},
                                   {u"bytes"_s, item.bytesTotal},
                                   {u"from"_s, item.servedBy}});
        bytesArrived += item.bytesTotal;
    }
    const qint64 seconds = running.elapsed() / 1000;
    //: The one line an unattended sync ends with: "Sync: 12 files arrived (340 MB), 0 failed,
    //: 3 courses complete of 3; 1 h 02 min, 20 min of it waiting for the hours."
    const QString summary
        = tr("Sync: %n file(s) arrived (%1), %2 failed, %3 of %4 courses complete; %5, %6 of "
             "it waiting for the hours.",
             nullptr, int(arrived.size()))
              .arg(Format::fileSize(bytesArrived))
              .arg(failed)
              .arg(complete)
              .arg(chosen.size())
              .arg(Format::duration(running.elapsed()), Format::duration(waitedMs));
    if (!reportPath.isEmpty()) {
        QJsonArray courses;
        for (const CourseSummary &course : std::as_const(after)) {
            courses.append(QJsonObject{{u"id"_s, course.remoteId},
                                       {u"title"_s, course.title.defaultText()},
                                       {u"files"_s, course.fileCount},
                                       {u"filesReady"_s, course.readyFileCount},
                                       {u"bytesOnDisk"_s, course.bytesOnDisk},
                                       {u"new"_s, !heldBefore.contains(course.id)}});
        }
        const int exitCode = ok ? 0 : 1;
        const QJsonObject report{
            {u"format"_s, u"clikc-sync-report"_s},
            {u"version"_s, 1},
            {u"started"_s,
             startedAt.toOffsetFromUtc(startedAt.offsetFromUtc()).toString(Qt::ISODate)},
            {u"finished"_s,
             Clock::now().toOffsetFromUtc(Clock::now().offsetFromUtc()).toString(Qt::ISODate)},
            {u"window"_s, window ? QJsonValue(window->toString()) : QJsonValue()},
            {u"limitRate"_s, rate > 0 ? QJsonValue(rate) : QJsonValue()},
            {u"secondsRunning"_s, seconds},
            {u"secondsWaiting"_s, waitedMs / 1000},
            {u"courses"_s, courses},
            {u"arrived"_s, arrived},
            {u"filesArrived"_s, int(arrived.size())},
            {u"bytesArrived"_s, bytesArrived},
            {u"failed"_s, failures},
            {u"filesMissing"_s, failed},
            {u"summary"_s, summary},
            {u"ok"_s, ok},
            {u"error"_s, ok ? QJsonValue() : QJsonValue(errorObject(code, message))},
            {u"exitCode"_s, exitCode}};
        QDir().mkpath(QFileInfo(reportPath).absolutePath());
        QSaveFile file(reportPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) < 0
            || !file.commit()) {
            m_err << tr("The report could not be written to %1: %2")
                         .arg(reportPath, file.errorString())
                  << Qt::endl;
            return 1;
        }
    }
    if (m_json) {
        QJsonObject root{{u"courses"_s, int(chosen.size())}, {u"filesReady"_s, ready},
                         {u"filesMissing"_s, failed},        {u"bytesOnDisk"_s, bytes},
                         {u"failures"_s, failures},          {u"ok"_s, ok}};
        if (!ok) {
            root.insert(u"error"_s, errorObject(code, message));
            m_err << message << Qt::endl;
        }
        printJson(root);
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
    // The one line a scheduler's log shows (standard error: standard output may be JSON).
    m_err << summary << Qt::endl;
    return ok ? 0 : 1;
}

int Commands::upload()
{
    AccountService &account = m_context.account();
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
    const UploadCounts counts = m_context.uploadQueue().uploadCounts(profileId).result();
    const auto actions = m_context.uploadQueue().uploads(profileId).result();
    QString code, problem;
    if (state != AccountService::State::SignedIn && counts.pending > 0) {
        code = signInProblem(state).first;
        problem = tr("Not signed in: the progress waits for the next sign-in (clikc login).");
    } else if (counts.pending > 0) {
        code = lastError.isError() ? codeOf(lastError) : u"uploads_waiting"_s;
        problem = lastError.isError() ? lastError.message()
                                      : tr("Still waiting: %n action(s).", nullptr, counts.pending);
    }

    if (m_json) {
        QJsonArray refused;
        for (const auto &action : actions) {
            if (action.state != UploadState::Rejected)
                continue;
            refused.append(QJsonObject{
                {u"id"_s, action.uuid},
                {u"kind"_s, uploadKindKey(action.kind)},
                {u"activity"_s, action.title},
                {u"code"_s, action.errorCode},
                {u"reason"_s, Labels::uploadRefusal(action.errorCode, action.errorMessage)}});
        }
        QJsonObject root{{u"ok"_s, counts.pending == 0},
                         {u"uploaded"_s, sent},
                         {u"waiting"_s, counts.pending},
                         {u"notAccepted"_s, refused},
                         {u"lastUploadAt"_s, counts.lastUploadAt}};
        if (!code.isEmpty()) {
            root.insert(u"error"_s, errorObject(code, problem));
            m_err << problem << Qt::endl;
        }
        printJson(root);
    } else {
        m_out << tr("Uploaded: %n action(s).", nullptr, sent) << Qt::endl
              << tr("Still waiting: %n action(s).", nullptr, counts.pending) << Qt::endl;
        if (counts.rejected > 0) {
            m_out << tr("Not accepted by the site: %n action(s).", nullptr, counts.rejected)
                  << Qt::endl;
            for (const auto &action : actions) {
                if (action.state == UploadState::Rejected)
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

int Commands::uploadAll()
{
    Uploader &uploader = m_context.uploads();
    const QList<Learner> learners = m_context.accountRecords().learners().result();
    QHash<qint64, int> sent;
    QHash<qint64, ConnectorError> lastError;
    QObject guard;
    QObject::connect(&uploader, &Uploader::uploaded, &guard,
                     [&sent](qint64 profileId, int n) { sent[profileId] += n; });
    QObject::connect(&uploader, &Uploader::statusChanged, &guard,
                     [&lastError](const Uploader::Status &status) {
                         lastError[status.profileId] = status.lastError;
                     });
    // Each learner's own sign-in, from the keychain; the uploader keeps a lane per learner.
    std::vector<std::unique_ptr<AccountService>> accounts;
    QHash<qint64, AccountService::State> states;
    for (const Learner &learner : learners) {
        auto account = m_context.accountFor(learner.id);
        const AccountService::State state = waitFor(account->restore());
        states.insert(learner.id, state);
        if (state == AccountService::State::SignedIn && account->connector()) {
            uploader.setAuthorization(learner.id, account->siteUrl(), account->remoteUserId(),
                                      account->connector()->token(), account->plainHttpAllowed());
        }
        accounts.push_back(std::move(account));
    }
    uploader.start();
    for (const Learner &learner : learners) {
        if (states.value(learner.id) == AccountService::State::SignedIn)
            uploader.uploadNow(learner.id);
    }
    uploader.waitUntilIdle(6 * 60 * 60 * 1000);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();

    int waiting = 0;
    QJsonArray report;
    for (const Learner &learner : learners) {
        const UploadCounts counts = m_context.uploadQueue().uploadCounts(learner.id).result();
        waiting += counts.pending;
        QString problem;
        if (counts.pending > 0) {
            const ConnectorError error = lastError.value(learner.id);
            problem = states.value(learner.id) != AccountService::State::SignedIn
                          ? tr("Not signed in: the progress waits for the next sign-in (clikc "
                               "--profile %1 login).")
                                .arg(learner.name)
                      : error.isError()
                          ? error.message()
                          : tr("Still waiting: %n action(s).", nullptr, counts.pending);
        }
        if (m_json) {
            QJsonObject entry{{u"id"_s, learner.id},
                              {u"name"_s, learner.name},
                              {u"uploaded"_s, sent.value(learner.id)},
                              {u"waiting"_s, counts.pending},
                              {u"notAccepted"_s, counts.rejected}};
            if (!problem.isEmpty())
                entry.insert(u"problem"_s, problem);
            report.append(entry);
        } else {
            m_out << tr("%1: uploaded %2, still waiting %3.")
                         .arg(learner.name)
                         .arg(sent.value(learner.id))
                         .arg(counts.pending)
                  << Qt::endl;
        }
        if (!problem.isEmpty())
            m_err << learner.name << u": "_s << problem << Qt::endl;
    }
    if (m_json) {
        QJsonObject root{{u"ok"_s, waiting == 0}, {u"profiles"_s, report}};
        if (waiting > 0)
            root.insert(u"error"_s,
                        errorObject(u"uploads_waiting"_s,
                                    tr("Still waiting: %n action(s).", nullptr, waiting)));
        printJson(root);
    }
    return waiting == 0 ? 0 : 1;
}

int Commands::status()
{
    AccountService &account = m_context.account();
    const AccountService::State state = waitFor(account.restore());
    const CourseQueries::Stats stats
        = m_context.courseQueries().stats(m_context.profileId()).result();
    const UploadCounts uploads
        = m_context.uploadQueue().uploadCounts(m_context.profileId()).result();
    const QString stateName = state == AccountService::State::SignedIn      ? u"signed_in"_s
                              : state == AccountService::State::NeedsSignIn ? u"needs_sign_in"_s
                                                                            : u"signed_out"_s;
    if (m_json) {
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
        printJson(root);
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
        m_out << signInProblem(state).second;
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
                     .arg(Format::dateTime(QDateTime::fromSecsSinceEpoch(uploads.lastUploadAt)))
              << Qt::endl;
    return 0;
}

} // namespace clikc
