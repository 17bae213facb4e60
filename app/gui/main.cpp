// clikc-desktop: builds the application's object graph and shows the window. Nothing else.

#include "appcontext.h"
#include "contentschemehandler.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Chromium refuses to run its sandbox as root; lesson content stays confined by the content
    // scheme's rules either way. Ordinary users keep the sandbox.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    clikc::ContentSchemeHandler::registerScheme();

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"clikc-desktop"_s);
    QApplication::setApplicationDisplayName(u"CLiKC! Desktop"_s);
    QApplication::setOrganizationDomain(u"wcoomd.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLIKC_VERSION));
    QApplication::setDesktopFileName(u"org.wcoomd.ClikcDesktop"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"CLiKC! Desktop: the WCO's CLiKC! courses, offline."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Keep the library in <dir> (also: CLIKC_DATA_DIR)."_s, u"dir"_s);
    parser.addOption(dataDirOption);
    parser.process(app);

    clikc::AppContext context(parser.value(dataDirOption));
    clikc::LanguageManager &languages = context.languages();
    languages.useLanguage(languages.initialLanguage());
    if (!context.open()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CLiKC! Desktop"),
                              QApplication::translate("main", "Your library could not be opened "
                                                              "(%1).\n\n%2")
                                  .arg(context.dataDir(), context.errorString()));
        return 1;
    }

    clikc::MainWindow window(context);
    window.show();
    window.startLibrary();
    return app.exec();
}
