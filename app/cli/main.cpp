// clikc: the command line. Checks the arguments, builds the application's object graph and runs
// one command. Wrong usage is refused before the library is opened, created or locked.

#include "appcontext.h"
#include "commandline.h"
#include "commands.h"
#include "connector/moodleconnector.h"
#include "i18n/languagemanager.h"
#include "printabledevice.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A coordinator reads clikc's own messages, not the library's log; QT_LOGGING_RULES (for
    // example "clikc.*=true") brings the log back for a bug report.
    QLoggingCategory::setFilterRules(u"clikc.*.debug=false\nclikc.*.info=false\n"
                                     "clikc.*.warning=false"_s);
    QCoreApplication::setApplicationName(u"clikc-desktop"_s);
    QCoreApplication::setOrganizationDomain(u"wcoomd.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIKC_VERSION));

    // Text from sites and mirrors reaches the terminal without control characters.
    QFile standardOutput;
    QFile standardError;
    standardOutput.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    standardError.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    clikc::PrintableDevice printableOutput(&standardOutput);
    clikc::PrintableDevice printableError(&standardError);
    printableOutput.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    printableError.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream out(&printableOutput);
    QTextStream err(&printableError);

    clikc::CommandLine line;
    const bool understood = line.parse(app.arguments());

    // The library's chosen language, read without creating anything: even a wrong command line
    // is answered in it.
    const QString dataDir = clikc::AppContext::resolveDataDir(line.dataDir());
    clikc::Settings savedSettings(dataDir);
    clikc::LanguageManager savedLanguage(savedSettings);
    savedLanguage.useLanguage(savedLanguage.initialLanguage());

    using Command = clikc::CommandLine::Command;
    if (!understood) {
        clikc::Commands::printError(out, err, line.json(), line.errorCode(), line.errorMessage());
        err << Qt::endl << clikc::Commands::usage();
        return 2;
    }
    if (line.command() == Command::Help) {
        out << clikc::Commands::usage();
        return 0;
    }
    if (line.command() == Command::Version) {
        out << u"clikc "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    // A mirror is checked without the library (a coordinator checks a drive anywhere).
    if (line.command() == Command::MirrorVerify)
        return clikc::Commands::mirrorVerify(out, err, line.json(), line.folder());

    clikc::AppContext context(line.dataDir());
    context.languages().useLanguage(savedLanguage.language());
    if (!context.open(false)) {
        const bool busy = context.openFailure() == clikc::AppContext::OpenFailure::InUse;
        clikc::Commands::printError(out, err, line.json(),
                                    busy ? u"library_in_use"_s : u"library_unavailable"_s,
                                    clikc::Commands::tr("The library could not be opened (%1): %2")
                                        .arg(context.dataDir(), context.errorString()));
        // A script can wait and try again when the library is only busy.
        return busy ? 3 : 1;
    }

    // What a crash left of a removed learner (their token in the keychain) goes before the run.
    clikc::waitFor(context.removalsFinished());
    clikc::Commands commands(context, out, err, line.json());
    if (!line.profile().isEmpty() && !commands.useProfile(line.profile()))
        return 1;
    switch (line.command()) {
    case Command::LibraryList:
        commands.startLibrary();
        return commands.libraryList();
    case Command::LibraryVerify:
        return commands.libraryVerify();
    case Command::LibraryImport:
        commands.startLibrary();
        return commands.libraryImport(line.folder(), line.courseIds(), line.trustSigner());
    case Command::MirrorExport:
        commands.startLibrary();
        return commands.mirrorExport(line.folder(), line.courseIds(), line.signer());
    case Command::MirrorVerify:
        break; // handled above
    case Command::Login:
        return commands.login(line.site(), line.username(), line.passwordFromStdin(),
                              line.allowHttp());
    case Command::Logout:
        return commands.logout();
    case Command::Courses:
        commands.startLibrary();
        if (line.siteCatalogue())
            return commands.siteCatalogue(line.category(), line.search());
        if (!line.take().isEmpty() || !line.enrol().isEmpty() || !line.drop().isEmpty())
            return commands.changeCourses(line.take(), line.enrol(), line.drop());
        return commands.courses();
    case Command::Sync:
        commands.startLibrary();
        return commands.sync(line.all(), line.courseIds(), line.parallel(), line.limitRate(),
                             line.window(), line.report());
    case Command::Upload:
        return line.allProfiles() ? commands.uploadAll() : commands.upload();
    case Command::Status:
        return commands.status();
    case Command::ProfilesList:
        return commands.profilesList();
    case Command::ProfilesAdd:
        return commands.profilesAdd(line.learner());
    case Command::ProfilesRemove:
        return commands.profilesRemove(line.learner(), line.discardUnsent());
    case Command::SourcesList:
        return commands.sourcesList();
    case Command::SourcesAdd:
        commands.startLibrary();
        return commands.sourcesAdd(line.folder(), line.allowHttp(), line.trustSigner());
    case Command::SourcesRemove:
        return commands.sourcesRemove(line.folder());
    case Command::None:
    case Command::Help:
    case Command::Version:
        break;
    }
    return 2;
}
