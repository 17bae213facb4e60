// clikc-desktop: builds the application's object graph and shows the window. Nothing else.

#include "appcontext.h"
#include "i18n/languagemanager.h"
#include "library/coursequeries.h"
#include "librarylock.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/librarymodel.h"
#include "playerfactory.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTreeView>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Chromium refuses to run its sandbox as root; lesson content stays confined by the content
    // scheme's rules either way. Ordinary users keep the sandbox.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // Before the QApplication: what Qt WebEngine needs and the Chromium switches that keep
    // lessons in. WebEngine itself comes with the players plugin, when an activity opens.
    clikc::players::prepareProcess();

    clikc::StartupProbe::mark("main");
    // The menu bar in the window: asking the session bus whether a desktop-wide menu bar
    // exists is a blocking D-Bus call that cost the start 17-21 ms.
    QApplication::setAttribute(Qt::AA_DontUseNativeMenuBar);
    QApplication app(argc, argv);
    clikc::StartupProbe::mark("application");
    QApplication::setApplicationName(u"clikc-desktop"_s);
    QApplication::setApplicationDisplayName(u"CLiKC! Desktop"_s);
    QApplication::setOrganizationDomain(u"wcoomd.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLIKC_VERSION));
    QApplication::setDesktopFileName(u"org.wcoomd.ClikcDesktop"_s);

    // The library folder first: the language the learner chose is kept there, and the help
    // and the command line's errors are shown in it.
    QString dataDir;
    {
        QCommandLineParser early;
        const QCommandLineOption dataDirOption(u"data-dir"_s, {}, u"dir"_s);
        early.addOption(dataDirOption);
        early.addHelpOption();
        early.addVersionOption();
        early.parse(app.arguments());
        dataDir = early.value(dataDirOption);
    }
    clikc::AppContext context(dataDir);
    clikc::StartupProbe::mark("services");
    clikc::LanguageManager &languages = context.languages();
    languages.useLanguage(languages.initialLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "CLiKC! Desktop: the WCO's CLiKC! courses, offline."));
    // Our own help and version options: Qt's descriptions are not in its French and Spanish
    // catalogues.
    const QCommandLineOption helpOption({u"h"_s, u"help"_s},
                                        QApplication::translate("main", "Show this help."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s},
                                           QApplication::translate("main", "Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(QCommandLineOption(
        u"data-dir"_s,
        QApplication::translate("main", "Keep the library in <dir> (also: CLIKC_DATA_DIR)."),
        QApplication::translate("main", "dir")));
    // Not process(): it ends the program with exit(), past the services' orderly shutdown.
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QApplication::applicationDisplayName()),
                    qPrintable(QApplication::applicationVersion()));
        return 0;
    }

    clikc::StartupProbe::mark("language");
    if (!context.open()) {
        // Started again while running: the running window comes to the front instead.
        // (The command line never shows a window: no point asking it.)
        if (context.openFailure() == clikc::AppContext::OpenFailure::InUse
            && context.lock().holder().program != u"clikc"_s
            && clikc::LibraryLock::activateRunning(context.dataDir(), 5000))
            return 0;
        QMessageBox::critical(nullptr, QApplication::translate("main", "CLiKC! Desktop"),
                              QApplication::translate("main", "Your library could not be opened "
                                                              "(%1).\n\n%2")
                                  .arg(context.dataDir(), context.errorString()));
        return 1;
    }

    // The library is read while the window is being built (a shared workstation shows the
    // learner chooser first: nobody's library yet).
    clikc::StartupProbe::mark("library-open");
    if (!context.sharedUse())
        context.courseQueries().prefetchLibrary(context.profileId());
    // Listening at once: a second start while the window is being built waits for less.
    context.lock().listenForActivation();
    clikc::MainWindow window(context);
    clikc::StartupProbe::mark("window-built");
    QObject::connect(&context.lock(), &clikc::LibraryLock::activationRequested, &window,
                     &clikc::MainWindow::bringToFront);
    if (clikc::StartupProbe::requested() && window.libraryPage()) {
        new clikc::StartupProbe(window.libraryPage()->view()); // owned by the view
        if (window.libraryPage()->model()->rowCount() > 0)
            clikc::StartupProbe::mark("rows-in-model");
        else
            QObject::connect(window.libraryPage()->model(), &clikc::LibraryModel::loaded, &window,
                             [] { clikc::StartupProbe::mark("rows-in-model"); });
    }
    window.show();
    clikc::StartupProbe::mark("window-shown");
    window.startLibrary();
    clikc::StartupProbe::mark("library-started");
    return app.exec();
}
