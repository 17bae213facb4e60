#pragma once

#include "library/librarymaintenance.h"
#include "sync/accountservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace clikc {

class AppContext;

// The `clikc` command line for coordinators and scripts: the same core services as the window,
// with no display. Each command returns the process's exit code: 0 success, 1 the command ran
// but something failed (2, wrong usage, and 3, the library busy, are decided before a command
// runs). With JSON, standard output holds one object; a failure adds "error": {code, message}
// to it, and its message goes to standard error as well. Main thread; waits on the library's
// futures.
class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    // `sync`: a file that fails this many times in a row is given up for the run.
    static constexpr int kSyncMaxTries = 8;

    Commands(AppContext &context, QTextStream &out, QTextStream &err, bool json);

    int libraryList();
    int libraryVerify();
    // A signed mirror whose signer this library does not trust yet is imported only with
    // `trustSigner` (then trusted from now on); an unsigned one is imported, said to be unsigned.
    int libraryImport(const QString &folder, const QStringList &courseIds, bool trustSigner);
    // Writes the learner's courses (all that are entirely on this computer, or `courseIds`:
    // ids, remote ids or short names) as a mirror into `folder`.
    // Signed with this installation's key and `signer` (else the name used last time, else the
    // learner's name), when the keychain can keep a key.
    int mirrorExport(const QString &folder, const QStringList &courseIds, const QString &signer);
    // Re-checks every file of the mirror in `folder`; needs no library.
    static int mirrorVerify(QTextStream &out, QTextStream &err, bool json, const QString &folder);
    // Mirrors as course sources (CourseSources): those of the library, adding one (its signer
    // trusted as for an import: --trust-signer for one this library does not know), removing one
    // (its courses stay).
    int sourcesList();
    int sourcesAdd(const QString &location, bool allowHttp, bool trustSigner);
    int sourcesRemove(const QString &idOrLocation);
    int login(const QString &site, const QString &username, bool passwordFromStdin, bool allowHttp);
    int logout();
    int courses();
    // The site's catalogue: every course the account may see (of a category, matching words).
    int siteCatalogue(qint64 categoryId, const QString &search);
    // Takes courses into the library without enrolment, self-enrols in others, drops taken
    // ones (each named by the site's id or short name), then shows the library as courses().
    int changeCourses(const QStringList &take, const QStringList &enrol, const QStringList &drop);
    int status();
    // `parallel` (files at once, 0: the saved setting) and `limitRate` (bytes per second, -1:
    // the saved setting) apply to this run only.
    // `window`: "22:00-06:00", nothing goes over the link outside those hours (empty: any
    // time); `reportPath`: where the run's report goes (docs: README, "Night runs").
    int sync(bool all, const QStringList &courseIds, int parallel, qint64 limitRate,
             const QString &window = {}, const QString &reportPath = {});
    // Sends the learner's recorded progress to the site until the queue is empty or the site
    // cannot be reached; exits non-zero when anything is still waiting.
    int upload();
    // The same for every learner of the library, each with their own sign-in (a training
    // centre's nightly job); exits non-zero when anyone's progress still waits.
    int uploadAll();
    // Repairs after a crash and imports the sample course on a first start, as the window does.
    bool startLibrary();
    // --profile NAME|ID: makes that learner the one of this run; false (said) when there is
    // no such learner.
    bool useProfile(const QString &nameOrId);

    // The learners of this library (a shared workstation's officers).
    int profilesList();
    // A local learner (a name only): signs in later with --profile NAME login.
    int profilesAdd(const QString &name);
    // Deletes a learner and all that is theirs, and their sign-in token. Refused while their
    // progress waits to be sent, unless `discardUnsent`.
    int profilesRemove(const QString &nameOrId, bool discardUnsent);

    static QString usage();
    // {"code": "not_signed_in", "message": "…"}: the shape of every error in JSON output.
    static QJsonObject errorObject(const QString &code, const QString &message);
    // A failure that leaves no report: the message on standard error and, with JSON, the object
    // {"error": {…}} on standard output.
    static void printError(QTextStream &out, QTextStream &err, bool json, const QString &code,
                           const QString &message);

private:
    int fail(const QString &code, const QString &message);
    // A mirror signed by someone this library does not trust, without --trust-signer: the
    // refusal (its exit code); else nothing, with the signer told and described in *signer.
    std::optional<int> refuseUntrusted(const LibraryMaintenance::MirrorPreview &preview,
                                       bool trustSigner, QJsonValue *signer);
    void printJson(const QJsonObject &root);
    QJsonObject libraryJson();
    void printLibraryTable();
    // Why there is no usable sign-in, from what the library records: never signed in, signed
    // out, or expired.
    std::pair<QString, QString> signInProblem(AccountService::State state);

    AppContext &m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    const bool m_json;
};

} // namespace clikc
