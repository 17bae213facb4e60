#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QString>

namespace clikc {

// Why reading or importing a mirror failed. The message is built when asked for, so it follows
// the interface language at the moment it is shown.
struct MirrorError
{
    Q_DECLARE_TR_FUNCTIONS(MirrorError)

public:
    enum class Code {
        None,
        CatalogueMissing,
        CatalogueInvalid,
        NotAMirror,
        UnsupportedVersion,
        CourseNotInCatalogue,
        CourseMissing,
        CourseChecksumMismatch,
        CourseInvalid,
        CompletionNotAllowed, // a completion rule the format does not allow for that activity
        UnsafePath,
        NotARegularFile, // a link, a device, a FIFO or a folder where a file should be
        FileMissing,
        FileSizeMismatch,
        FileChecksumMismatch,
        NoSpace,
        WriteFailed,
        DatabaseFailed,
    };

    Code code = Code::None;
    QString subject;       // the course, file or field concerned
    QString detail;        // what was found, for the technical details
    QString activity = {}; // CompletionNotAllowed: the activity's id
    QString value = {};    // CompletionNotAllowed: the rule as written

    bool isError() const { return code != Code::None; }
    QString message() const;
};

// One entry of a mirror's catalogue.json.
struct MirrorCourseEntry
{
    QString id;
    QString path;
    QString sha256;
    qint64 size = 0;
};

// A mirror's catalogue.json, read and checked. Only parsing and validation: no disk writes.
struct MirrorCatalogue
{
    static constexpr int kFormatVersion = 1;

    Source source;
    QList<MirrorCourseEntry> courses;

    // Reads `<root>/catalogue.json`; `root` may be a folder or a Qt resource path (":/sample").
    static MirrorCatalogue read(const QString &root, MirrorError *error);
    // Reads and checks a course description against its catalogue entry.
    static Course readCourse(const QString &root, const MirrorCourseEntry &entry,
                             MirrorError *error);
    // Where a file's bytes live in a mirror.
    static QString objectPath(const QString &root, const QString &sha256);
    // A relative path that cannot leave its folder: no '..', no leading '/', no '\'.
    static bool isSafeRelativePath(const QString &path);
};

} // namespace clikc
