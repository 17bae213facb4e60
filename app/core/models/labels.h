#pragma once

#include "domain/scorm.h"
#include "domain/types.h"
#include "domain/upload.h"

#include <QCoreApplication>

namespace clikc {

// The learner-facing names of the library's states and kinds, in the current language.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString activityKind(ActivityKind kind);
    static QString offlineState(OfflineState state);
    // A course's state in the Library: downloading, update available, failed, or where it is.
    static QString courseState(const CourseSummary &course);
    // Every text courseState() can return, in the current language.
    static QStringList courseStates();
    // An activity's state on the Course page: downloading, paused, failed, update available,
    // or where it is.
    static QString activityState(const Activity &activity);
    static QString completion(bool completed, CompletionRule rule);
    // For a course whose completion the site does not track: what the learner finished here.
    static QString untrackedProgress(int done);
    // "Passed · 85%", "In progress"...
    static QString scormResult(const ScormResult &result);
    // What an action in the upload queue reports, and why the site did not accept one.
    static QString uploadAction(const UploadAction &action);
    static QString uploadRefusal(const QString &code, const QString &serverMessage);
    static QString iconName(ActivityKind kind);
    static QString iconName(OfflineState state);
    static QString activityStateIcon(const Activity &activity);
};

} // namespace clikc
