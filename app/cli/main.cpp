// clikc: the command line. Parses arguments, builds the application's object graph and runs one
// command.

#include "appcontext.h"
#include "commands.h"
#include "i18n/languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"clikc-desktop"_s);
    QCoreApplication::setOrganizationDomain(u"wcoomd.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIKC_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"CLiKC! Desktop's command line"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, u"Show the version."_s);
    const QCommandLineOption dataDirOption(u"data-dir"_s, u"The library's folder."_s, u"dir"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON for scripts."_s);
    const QCommandLineOption courseOption(u"course"_s, u"A course to import."_s, u"id"_s);
    const QCommandLineOption siteOption(u"site"_s, u"The site's address."_s, u"url"_s);
    const QCommandLineOption usernameOption(u"username"_s, u"The username."_s, u"name"_s);
    const QCommandLineOption passwordStdinOption(u"password-stdin"_s,
                                                 u"Read the password from standard input."_s);
    const QCommandLineOption allowHttpOption(u"allow-http"_s,
                                             u"Allow plain HTTP to this site (a local mirror)."_s);
    const QCommandLineOption allOption(u"all"_s, u"Every course."_s);
    const QCommandLineOption parallelOption(u"parallel"_s, u"Files at once."_s, u"n"_s);
    const QCommandLineOption limitRateOption(u"limit-rate"_s, u"Bandwidth cap."_s, u"rate"_s);
    parser.addOptions({helpOption, versionOption, dataDirOption, jsonOption, courseOption,
                       siteOption, usernameOption, passwordStdinOption, allowHttpOption, allOption,
                       parallelOption, limitRateOption});
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }

    clikc::AppContext context(parser.value(dataDirOption));
    clikc::LanguageManager &languages = context.languages();
    languages.useLanguage(languages.initialLanguage());
    clikc::Commands commands(context, out, err);

    if (parser.isSet(versionOption)) {
        out << u"clikc "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(helpOption) || args.isEmpty()) {
        (parser.isSet(helpOption) ? out : err) << clikc::Commands::usage();
        return parser.isSet(helpOption) ? 0 : 2;
    }

    if (!context.open(false)) {
        err << clikc::Commands::tr("The library could not be opened (%1): %2")
                   .arg(context.dataDir(), context.errorString())
            << Qt::endl;
        // A script can wait and try again when the library is only busy.
        return context.openFailure() == clikc::AppContext::OpenFailure::InUse ? 3 : 1;
    }

    const bool json = parser.isSet(jsonOption);
    if (args.value(0) == u"library"_s) {
        const QString sub = args.value(1);
        if (sub == u"list"_s && args.size() == 2) {
            commands.startLibrary();
            return commands.libraryList(json);
        }
        if (sub == u"verify"_s && args.size() == 2)
            return commands.libraryVerify(json);
        if (sub == u"import"_s && args.size() == 3) {
            commands.startLibrary();
            return commands.libraryImport(args.at(2), parser.values(courseOption), json);
        }
    }
    if (args.size() == 1 && args.first() == u"login"_s)
        return commands.login(parser.value(siteOption), parser.value(usernameOption),
                              parser.isSet(passwordStdinOption), parser.isSet(allowHttpOption));
    if (args.size() == 1 && args.first() == u"logout"_s)
        return commands.logout();
    if (args.size() == 1 && args.first() == u"courses"_s) {
        commands.startLibrary();
        return commands.courses(json);
    }
    if (args.size() == 1 && args.first() == u"sync"_s) {
        commands.startLibrary();
        return commands.sync(parser.isSet(allOption), parser.values(courseOption), json,
                             parser.value(parallelOption), parser.value(limitRateOption));
    }
    if (args.size() == 1 && args.first() == u"upload"_s)
        return commands.upload(json);
    if (args.size() == 1 && args.first() == u"status"_s)
        return commands.status(json);
    err << clikc::Commands::tr("Unknown command: %1").arg(args.join(u' ')) << Qt::endl
        << Qt::endl
        << clikc::Commands::usage();
    return 2;
}
