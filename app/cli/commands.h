#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace clikc {

class AppContext;

// The `clikc` command line for coordinators and scripts: the same core services as the window,
// with no display. Each command returns the process's exit code: 0 success, 1 the command ran
// but something failed, 2 wrong usage. Main thread; waits on the library's futures.
class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    Commands(AppContext &context, QTextStream &out, QTextStream &err);

    int libraryList(bool json);
    int libraryVerify(bool json);
    int libraryImport(const QString &folder, const QStringList &courseIds, bool json);
    int login(const QString &site, const QString &username, bool passwordFromStdin, bool allowHttp);
    int logout();
    int courses(bool json);
    int status(bool json);
    // `parallel` (files at once) and `limitRate` (bytes per second, with an optional k or M
    // suffix) apply to this run only; empty means the saved settings.
    int sync(bool all, const QStringList &courseIds, bool json, const QString &parallel = {},
             const QString &limitRate = {});
    // Sends the learner's recorded progress to the site until the queue is empty or the site
    // cannot be reached; exits non-zero when anything is still waiting.
    int upload(bool json);
    // "500k" → 512000, "2M" → 2097152, "800" → 800; -1 when it is not a rate.
    static qint64 parseRate(const QString &text);
    // Repairs after a crash and imports the sample course on a first start, as the window does.
    bool startLibrary();

    static QString usage();

private:
    AppContext &m_context;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace clikc
