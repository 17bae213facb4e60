// A mirror's JSON: the input is used as catalogue.json and, separately, as a course file whose
// catalogue entry matches its checksum, so that the course parser is reached with any bytes.

#include "content/mirrorcatalogue.h"
#include "util/digest.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir mirror;
    static const bool ready = mirror.isValid() && QDir(mirror.path()).mkpath(u"courses"_s);
    if (!ready)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (!writeFile(mirror.path() + u"/catalogue.json"_s, bytes))
        return 0;
    clikc::MirrorError error;
    (void)clikc::MirrorCatalogue::read(mirror.path(), &error);

    if (!writeFile(mirror.path() + u"/courses/c.json"_s, bytes))
        return 0;
    const clikc::MirrorCourseEntry entry{u"c"_s, u"courses/c.json"_s, clikc::Digest::sha256(bytes),
                                         0};
    clikc::MirrorError courseError;
    (void)clikc::MirrorCatalogue::readCourse(mirror.path(), entry, &courseError);
    (void)courseError.message();
    return 0;
}
