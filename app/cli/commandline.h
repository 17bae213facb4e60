#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace clikc {

// What the person asked `clikc` for: the command, its arguments and its options, checked
// before anything opens, creates or locks the library. A mistake is kept as a stable code and
// its arguments; its message is built when shown, in the language in effect then (Qt's own
// parser messages are not in its catalogues, so they are replaced by ours). Main thread.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Command {
        None,
        Help,
        Version,
        LibraryList,
        LibraryVerify,
        LibraryImport,
        MirrorExport,
        MirrorVerify,
        Login,
        Logout,
        Courses,
        Status,
        Upload,
        Sync,
        ProfilesList,
        ProfilesAdd,
        ProfilesRemove,
        SourcesList,
        SourcesAdd,
        SourcesRemove,
    };

    // Reads `arguments` (the program's name first); touches no file. False on wrong usage.
    bool parse(const QStringList &arguments);

    Command command() const { return m_command; }
    // The --data-dir value as given, even when the rest of the line was wrong; may be empty.
    QString dataDir() const { return m_dataDir; }
    // --json was given: results and errors go to standard output as JSON.
    bool json() const { return m_json; }

    // Wrong usage: a stable code for scripts ("unknown_command", "option_not_allowed", …) and
    // a message in the current language.
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const;

    QString folder() const { return m_folder; }
    // --profile NAME|ID: the learner the command is for (empty: the library's default).
    QString profile() const { return m_profile; }
    // `profiles add NAME` / `profiles remove NAME|ID`: the learner named.
    QString learner() const { return m_learner; }
    // `profiles remove --discard-unsent`: removed even with progress not sent yet.
    bool discardUnsent() const { return m_discardUnsent; }
    // `upload --all-profiles`: every learner's progress, each with their own sign-in.
    bool allProfiles() const { return m_allProfiles; }
    QStringList courseIds() const { return m_courseIds; }
    // courses: the site's catalogue instead of the library, narrowed by --search / --category;
    // or courses to take without enrolment (--add), to enrol in (--enrol) or to drop.
    bool siteCatalogue() const { return m_siteCatalogue; }
    QString search() const { return m_search; }
    qint64 category() const { return m_category; }
    QStringList take() const { return m_take; }
    QStringList enrol() const { return m_enrol; }
    QStringList drop() const { return m_drop; }
    QString site() const { return m_site; }
    QString username() const { return m_username; }
    bool passwordFromStdin() const { return m_passwordFromStdin; }
    bool allowHttp() const { return m_allowHttp; }
    bool all() const { return m_all; }
    // `mirror export --signer NAME`: the name the export is signed with (kept for next time).
    QString signer() const { return m_signer; }
    // `library import --trust-signer`: a signer this library has not trusted yet is accepted.
    bool trustSigner() const { return m_trustSigner; }
    // Files at once for this run; 0 means the saved setting.
    int parallel() const { return m_parallel; }
    // Bytes per second for this run; -1 means the saved setting, 0 no cap.
    qint64 limitRate() const { return m_limitRate; }
    QString window() const { return m_window; }
    QString report() const { return m_report; }

    // "500k" → 500000, "2M" → 2000000, "800" → 800 (k and M as in kB/s); -1 when it is not
    // a rate.
    static qint64 parseRate(const QString &text);

private:
    bool fail(const QString &code, const QStringList &arguments = {});
    // Finds the argument Qt's parser stumbled on, so that the message can name it.
    bool failOnParserError(const QStringList &arguments, const QStringList &unknownNames,
                           const QString &qtText);

    Command m_command = Command::None;
    QString m_commandName;
    QString m_dataDir;
    bool m_json = false;
    QString m_errorCode;
    QStringList m_errorArguments;
    QString m_folder;
    QString m_profile;
    QString m_learner;
    bool m_discardUnsent = false;
    bool m_allProfiles = false;
    QStringList m_courseIds;
    bool m_siteCatalogue = false;
    QString m_search;
    qint64 m_category = 0;
    QStringList m_take;
    QStringList m_enrol;
    QStringList m_drop;
    QString m_site;
    QString m_username;
    bool m_passwordFromStdin = false;
    bool m_allowHttp = false;
    bool m_all = false;
    QString m_signer;
    bool m_trustSigner = false;
    int m_parallel = 0;
    qint64 m_limitRate = -1;
    QString m_window;
    QString m_report;
};

} // namespace clikc
