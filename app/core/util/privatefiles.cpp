#include "privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace clikc::privatefiles {
namespace {

// Strips group and other permissions from one entry, without following a link.
bool restrict(const QByteArray &path, bool *wasOpen = nullptr)
{
    struct stat st = {};
    if (::lstat(path.constData(), &st) != 0)
        return false;
    if (S_ISLNK(st.st_mode))
        return true;
    const mode_t mode = st.st_mode & 07777;
    const mode_t wanted = S_ISDIR(st.st_mode) ? mode_t(0700) : (mode & 0700);
    if (wasOpen)
        *wasOpen = (mode & 077) != 0;
    return mode == wanted || ::chmod(path.constData(), wanted) == 0;
}

} // namespace

void restrictNewFiles()
{
    ::umask(077);
}

bool makePrivate(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    bool wasOpen = false;
    if (!restrict(QFile::encodeName(folder), &wasOpen))
        return false;
    // Most starts: the folder was already private, and so is what was made inside it since
    // (umask 077). Only the files at the top, which other tools may have touched, are checked.
    const QDirIterator::IteratorFlags depth
        = wasOpen ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    depth);
    bool ok = true;
    while (it.hasNext())
        ok = restrict(QFile::encodeName(it.next())) && ok;
    return ok;
}

} // namespace clikc::privatefiles
