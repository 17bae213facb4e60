#include "commandline.h"

#include "util/syncwindow.h"

#include <QCommandLineParser>
#include <QSet>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

struct OptionSpec
{
    QString name;
    QString shortName;
    QString valueName; // empty for a switch
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs{
        {u"help"_s, u"h"_s, {}},        {u"version"_s, u"v"_s, {}},
        {u"data-dir"_s, {}, u"dir"_s},  {u"json"_s, {}, {}},
        {u"course"_s, {}, u"id"_s},     {u"site"_s, {}, u"url"_s},
        {u"username"_s, {}, u"name"_s}, {u"password-stdin"_s, {}, {}},
        {u"allow-http"_s, {}, {}},      {u"all"_s, {}, {}},
        {u"parallel"_s, {}, u"n"_s},    {u"limit-rate"_s, {}, u"rate"_s},
        {u"profile"_s, {}, u"name"_s},  {u"discard-unsent"_s, {}, {}},
        {u"all-profiles"_s, {}, {}},    {u"signer"_s, {}, u"name"_s},
        {u"trust-signer"_s, {}, {}},    {u"window"_s, {}, u"hours"_s},
        {u"report"_s, {}, u"file"_s},   {u"site-catalogue"_s, {}, {}},
        {u"search"_s, {}, u"words"_s},  {u"category"_s, {}, u"id"_s},
        {u"add"_s, {}, u"id"_s},        {u"enrol"_s, {}, u"id"_s},
        {u"drop"_s, {}, u"id"_s},
    };
    return specs;
}

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &spec : optionSpecs()) {
        if (spec.name == name || (!spec.shortName.isEmpty() && spec.shortName == name))
            return &spec;
    }
    return nullptr;
}

// The options each command takes, besides --data-dir, --help and --version.
QSet<QString> optionsOf(CommandLine::Command command)
{
    using C = CommandLine::Command;
    switch (command) {
    case C::Courses:
        return {u"json"_s, u"site-catalogue"_s, u"search"_s, u"category"_s,
                u"add"_s,  u"enrol"_s,          u"drop"_s};
    case C::LibraryList:
    case C::LibraryVerify:
    case C::Status:
        return {u"json"_s};
    case C::Upload:
        return {u"json"_s, u"all-profiles"_s};
    case C::LibraryImport:
        return {u"json"_s, u"course"_s, u"trust-signer"_s};
    case C::MirrorExport:
        return {u"json"_s, u"course"_s, u"signer"_s};
    case C::MirrorVerify:
        return {u"json"_s};
    case C::Login:
        return {u"site"_s, u"username"_s, u"password-stdin"_s, u"allow-http"_s};
    case C::Sync:
        return {u"json"_s,       u"all"_s,    u"course"_s, u"parallel"_s,
                u"limit-rate"_s, u"window"_s, u"report"_s};
    case C::ProfilesList:
    case C::ProfilesAdd:
        return {u"json"_s};
    case C::ProfilesRemove:
        return {u"json"_s, u"discard-unsent"_s};
    case C::SourcesList:
    case C::SourcesRemove:
        return {u"json"_s};
    case C::SourcesAdd:
        return {u"json"_s, u"allow-http"_s, u"trust-signer"_s};
    case C::Logout:
    case C::None:
    case C::Help:
    case C::Version:
        break;
    }
    return {};
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

} // namespace

bool CommandLine::fail(const QString &code, const QStringList &arguments)
{
    m_errorCode = code;
    m_errorArguments = arguments;
    return false;
}

QString CommandLine::errorMessage() const
{
    const QString a = m_errorArguments.value(0);
    const QString b = m_errorArguments.value(1);
    if (m_errorCode == u"missing_command")
        return tr("No command given.");
    if (m_errorCode == u"unknown_command")
        return tr("Unknown command: %1").arg(a);
    if (m_errorCode == u"missing_argument") {
        if (a == u"library import"_s)
            return tr("library import needs the FOLDER to import from.");
        if (a.startsWith(u"mirror "_s))
            return tr("%1 needs the FOLDER of the mirror.").arg(a);
        if (a == u"sources add"_s)
            return tr("sources add needs the ADDRESS or FOLDER of the mirror.");
        if (a == u"sources remove"_s)
            return tr("sources remove needs the source's ID or ADDRESS (see clikc sources list).");
        return tr("%1 needs the learner's NAME.").arg(a);
    }
    if (m_errorCode == u"unexpected_argument")
        return tr("The command %1 does not take the argument %2.").arg(a, b);
    if (m_errorCode == u"unknown_option")
        return tr("Unknown option: %1").arg(a);
    if (m_errorCode == u"missing_value")
        return tr("The option %1 needs a value.").arg(a);
    if (m_errorCode == u"unexpected_value")
        return tr("The option %1 takes no value.").arg(a);
    if (m_errorCode == u"option_not_allowed")
        return tr("The option %1 does not apply to the command %2.").arg(a, b);
    if (m_errorCode == u"missing_option")
        return a == u"login"_s ? tr("login needs --site URL and --username NAME.")
                               : tr("sync needs --all or at least one --course ID.");
    if (m_errorCode == u"needs_catalogue")
        return tr("%1 goes with --site-catalogue.").arg(a);
    if (m_errorCode == u"conflicting_options")
        return tr("%1 cannot be used with %2.").arg(a, b);
    if (m_errorCode == u"invalid_value" && a == u"--category"_s)
        return tr("--category needs the ID of a category (see clikc courses --site-catalogue).");
    if (m_errorCode == u"invalid_value" && a == u"--window"_s)
        return tr("--window needs the hours to download in, such as 22:00-06:00.");
    if (m_errorCode == u"invalid_value")
        return a == u"--parallel"_s
                   ? tr("--parallel needs a number of files from 1 to 16.")
                   : tr("--limit-rate needs bytes per second, such as 800, 500k or 2M.");
    return a; // Qt's own words, for a case the checks above do not know
}

bool CommandLine::failOnParserError(const QStringList &arguments, const QStringList &unknownNames,
                                    const QString &qtText)
{
    // The same walk as QCommandLineParser's (compacted short options, "--name=value", a value
    // taken from the next argument, "--" ends the options), to name the first wrong argument.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument.startsWith(u"--"_s)) {
            const QString name = argument.mid(2).section(u'=', 0, 0);
            const bool inline_ = argument.contains(u'=');
            const OptionSpec *spec = findOption(name);
            if (!spec || name.size() == 1)
                return fail(u"unknown_option"_s, {u"--"_s + name});
            if (spec->valueName.isEmpty()) {
                if (inline_)
                    return fail(u"unexpected_value"_s, {u"--"_s + name});
            } else if (!inline_) {
                if (i + 1 >= arguments.size())
                    return fail(u"missing_value"_s, {u"--"_s + name});
                ++i;
            }
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            for (const QChar c : argument.mid(1)) {
                const OptionSpec *spec = findOption(QString(c));
                if (!spec || spec->shortName != QString(c))
                    return fail(u"unknown_option"_s, {u"-"_s + c});
            }
        }
    }
    if (!unknownNames.isEmpty())
        return fail(u"unknown_option"_s, {dashed(unknownNames.first())});
    return fail(u"invalid_command_line"_s, {qtText});
}

bool CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    for (const OptionSpec &spec : optionSpecs()) {
        QStringList names{spec.name};
        if (!spec.shortName.isEmpty())
            names.prepend(spec.shortName);
        parser.addOption(QCommandLineOption(names, spec.name, spec.valueName));
    }
    const bool parsed = parser.parse(arguments);
    // Qt's parser reads past a mistake: these hold even for a wrong line, so that the error
    // can follow the library's language and come out as JSON when asked.
    m_dataDir = parser.value(u"data-dir"_s);
    m_json = parser.isSet(u"json"_s);
    if (!parsed)
        return failOnParserError(arguments, parser.unknownOptionNames(), parser.errorText());

    if (parser.isSet(u"help"_s)) {
        m_command = Command::Help;
        return true;
    }
    if (parser.isSet(u"version"_s)) {
        m_command = Command::Version;
        return true;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(u"missing_command"_s);
    const QString first = args.first();
    qsizetype expected = 1;
    if (first == u"library"_s) {
        const QString sub = args.value(1);
        expected = 2;
        if (sub == u"list"_s) {
            m_command = Command::LibraryList;
        } else if (sub == u"verify"_s) {
            m_command = Command::LibraryVerify;
        } else if (sub == u"import"_s) {
            m_command = Command::LibraryImport;
            if (args.size() < 3)
                return fail(u"missing_argument"_s, {u"library import"_s});
            m_folder = args.at(2);
            expected = 3;
        } else {
            return fail(u"unknown_command"_s, {args.join(u' ')});
        }
        m_commandName = u"library "_s + sub;
    } else if (first == u"mirror"_s) {
        const QString sub = args.value(1);
        if (sub == u"export"_s)
            m_command = Command::MirrorExport;
        else if (sub == u"verify"_s)
            m_command = Command::MirrorVerify;
        else
            return fail(u"unknown_command"_s, {args.join(u' ')});
        if (args.size() < 3) {
            m_command = Command::None;
            return fail(u"missing_argument"_s, {u"mirror "_s + sub});
        }
        m_folder = args.at(2);
        expected = 3;
        m_commandName = u"mirror "_s + sub;
    } else if (first == u"sources"_s || first == u"profiles"_s) {
        // GROUP list | GROUP add ARG | GROUP remove ARG
        const bool sources = first == u"sources"_s;
        const QString sub = args.value(1);
        expected = 2;
        if (sub == u"list"_s) {
            m_command = sources ? Command::SourcesList : Command::ProfilesList;
        } else if (sub == u"add"_s || sub == u"remove"_s) {
            const bool add = sub == u"add"_s;
            m_command = sources ? (add ? Command::SourcesAdd : Command::SourcesRemove)
                                : (add ? Command::ProfilesAdd : Command::ProfilesRemove);
            if (args.size() < 3) {
                m_command = Command::None;
                return fail(u"missing_argument"_s, {first + u' ' + sub});
            }
            (sources ? m_folder : m_learner) = args.at(2);
            expected = 3;
        } else {
            return fail(u"unknown_command"_s, {args.join(u' ')});
        }
        m_commandName = first + u' ' + sub;
    } else {
        static const QList<std::pair<QString, Command>> simple{
            {u"login"_s, Command::Login},     {u"logout"_s, Command::Logout},
            {u"courses"_s, Command::Courses}, {u"status"_s, Command::Status},
            {u"upload"_s, Command::Upload},   {u"sync"_s, Command::Sync},
        };
        for (const auto &[name, command] : simple) {
            if (name == first)
                m_command = command;
        }
        if (m_command == Command::None)
            return fail(u"unknown_command"_s, {args.join(u' ')});
        m_commandName = first;
    }
    if (args.size() > expected) {
        m_command = Command::None;
        return fail(u"unexpected_argument"_s, {m_commandName, args.at(expected)});
    }

    const QSet<QString> allowed = optionsOf(m_command);
    for (const QString &given : parser.optionNames()) {
        const OptionSpec *spec = findOption(given);
        const QString name = spec ? spec->name : given;
        // --data-dir and --profile go with every command.
        if (name != u"data-dir"_s && name != u"profile"_s && !allowed.contains(name)) {
            const QString commandName = m_commandName;
            m_command = Command::None;
            return fail(u"option_not_allowed"_s, {dashed(given), commandName});
        }
    }

    m_courseIds = parser.values(u"course"_s);
    m_profile = parser.value(u"profile"_s);
    m_discardUnsent = parser.isSet(u"discard-unsent"_s);
    m_allProfiles = parser.isSet(u"all-profiles"_s);
    m_site = parser.value(u"site"_s);
    m_username = parser.value(u"username"_s);
    m_passwordFromStdin = parser.isSet(u"password-stdin"_s);
    m_allowHttp = parser.isSet(u"allow-http"_s);
    m_all = parser.isSet(u"all"_s);
    m_signer = parser.value(u"signer"_s);
    m_trustSigner = parser.isSet(u"trust-signer"_s);
    m_siteCatalogue = parser.isSet(u"site-catalogue"_s);
    m_search = parser.value(u"search"_s);
    m_take = parser.values(u"add"_s);
    m_enrol = parser.values(u"enrol"_s);
    m_drop = parser.values(u"drop"_s);
    if (m_command == Command::Courses) {
        for (const QString &option : {u"search"_s, u"category"_s}) {
            if (parser.isSet(option) && !m_siteCatalogue) {
                m_command = Command::None;
                return fail(u"needs_catalogue"_s, {u"--"_s + option});
            }
        }
        for (const QString &option : {u"add"_s, u"enrol"_s, u"drop"_s}) {
            if (parser.isSet(option) && m_siteCatalogue) {
                m_command = Command::None;
                return fail(u"conflicting_options"_s, {u"--"_s + option, u"--site-catalogue"_s});
            }
        }
        if (parser.isSet(u"category"_s)) {
            bool ok = false;
            m_category = parser.value(u"category"_s).toLongLong(&ok);
            if (!ok || m_category < 1) {
                m_command = Command::None;
                return fail(u"invalid_value"_s, {u"--category"_s});
            }
        }
    }
    if (m_command == Command::Login && (m_site.isEmpty() || m_username.isEmpty())) {
        m_command = Command::None;
        return fail(u"missing_option"_s, {u"login"_s});
    }
    if (m_command == Command::Sync) {
        if (!m_all && m_courseIds.isEmpty()) {
            m_command = Command::None;
            return fail(u"missing_option"_s, {u"sync"_s});
        }
        if (parser.isSet(u"parallel"_s)) {
            bool ok = false;
            m_parallel = parser.value(u"parallel"_s).toInt(&ok);
            if (!ok || m_parallel < 1 || m_parallel > 16) {
                m_command = Command::None;
                return fail(u"invalid_value"_s, {u"--parallel"_s});
            }
        }
        if (parser.isSet(u"window"_s)) {
            m_window = parser.value(u"window"_s);
            if (!SyncWindow::parse(m_window)) {
                m_command = Command::None;
                return fail(u"invalid_value"_s, {u"--window"_s});
            }
        }
        m_report = parser.value(u"report"_s);
        if (parser.isSet(u"limit-rate"_s)) {
            m_limitRate = parseRate(parser.value(u"limit-rate"_s));
            if (m_limitRate < 0) {
                m_command = Command::None;
                return fail(u"invalid_value"_s, {u"--limit-rate"_s});
            }
        }
    }
    return true;
}

qint64 CommandLine::parseRate(const QString &text)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (digits.endsWith(u'k', Qt::CaseInsensitive)) {
        unit = 1000;
        digits.chop(1);
    } else if (digits.endsWith(u'm', Qt::CaseInsensitive)) {
        unit = 1000 * 1000;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0 || value > (qint64(1) << 40) / unit)
        return -1;
    return value * unit;
}

} // namespace clikc
