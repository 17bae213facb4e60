#include "labels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace clikc {

QString Labels::activityKind(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Video:
        return tr("Video");
    case ActivityKind::Page:
        return tr("Page");
    case ActivityKind::Pdf:
        return tr("PDF document");
    case ActivityKind::Resource:
        return tr("File");
    case ActivityKind::Scorm:
        return tr("Interactive lesson");
    case ActivityKind::Url:
        return tr("Web link");
    case ActivityKind::Label:
        return tr("Text");
    case ActivityKind::Folder:
        return tr("Folder");
    case ActivityKind::Book:
        return tr("Book");
    case ActivityKind::Other:
        return tr("Online activity");
    }
    return {};
}

QString Labels::offlineState(OfflineState state)
{
    switch (state) {
    case OfflineState::OnThisMachine:
        return tr("On this computer");
    case OfflineState::Partial:
        return tr("Partly on this computer");
    case OfflineState::NotOnThisMachine:
        return tr("Not on this computer");
    case OfflineState::NothingToDownload:
        return tr("Needs a connection");
    }
    return {};
}

QString Labels::courseState(const CourseSummary &course)
{
    if (course.transferringCount > 0)
        return tr("Downloading");
    if (course.failedCount > 0)
        return tr("Some files failed to download");
    if (course.updateCount > 0)
        return tr("Update available");
    if (course.offlineState() == OfflineState::NotOnThisMachine
        && (course.sourceKind == SourceKind::Moodle || course.sourceKind == SourceKind::Totara))
        return tr("On the site only");
    return offlineState(course.offlineState());
}

QStringList Labels::courseStates()
{
    return {tr("Downloading"),
            tr("Some files failed to download"),
            tr("Update available"),
            tr("On the site only"),
            offlineState(OfflineState::OnThisMachine),
            offlineState(OfflineState::Partial),
            offlineState(OfflineState::NotOnThisMachine),
            offlineState(OfflineState::NothingToDownload)};
}

namespace {

struct FileTally
{
    int transferring = 0;
    int paused = 0;
    int failed = 0;
    int updates = 0;
};

FileTally tally(const Activity &activity)
{
    FileTally t;
    for (const FileEntry &file : activity.files) {
        switch (file.state) {
        case FileState::Queued:
        case FileState::Downloading:
            ++t.transferring;
            break;
        case FileState::Partial:
            ++t.paused;
            break;
        case FileState::Failed:
            ++t.failed;
            break;
        case FileState::UpdateAvailable:
            ++t.updates;
            break;
        case FileState::Remote:
        case FileState::Ready:
        case FileState::Missing:
            break;
        }
    }
    return t;
}

} // namespace

QString Labels::activityState(const Activity &activity)
{
    const FileTally t = tally(activity);
    if (t.transferring > 0)
        return tr("Downloading");
    if (t.failed > 0)
        return tr("Download failed");
    if (t.paused > 0)
        return tr("Partly downloaded");
    if (t.updates > 0)
        return tr("Update available");
    return offlineState(activity.offlineState());
}

QString Labels::activityStateIcon(const Activity &activity)
{
    const FileTally t = tally(activity);
    if (t.transferring > 0)
        return u"downloading"_s;
    if (t.failed > 0)
        return u"failed"_s;
    if (t.updates > 0)
        return u"update"_s;
    return iconName(activity.offlineState());
}

QString Labels::untrackedProgress(int done)
{
    if (done <= 0)
        return tr("The site does not track completion for this course.");
    return tr("The site does not track completion for this course; you finished %n "
              "activity(s) here (lessons passed or completed, videos watched).",
              nullptr, done);
}

QString Labels::completion(bool completed, CompletionRule rule)
{
    if (rule == CompletionRule::None)
        return {};
    return completed ? tr("Completed") : tr("Not completed");
}

QString Labels::scormResult(const ScormResult &result)
{
    using S = ScormResult::State;
    QString state;
    switch (result.state) {
    case S::Started:
        state = tr("In progress");
        break;
    case S::Completed:
        state = tr("Completed");
        break;
    case S::Passed:
        state = tr("Passed");
        break;
    case S::Failed:
        state = tr("Not passed");
        break;
    }
    if (!result.score)
        return state;
    //: A lesson's result and score, e.g. "Passed · 85%".
    return tr("%1 · %2%").arg(state, QLocale().toString(qRound(*result.score)));
}

QString Labels::uploadAction(const UploadAction &action)
{
    using K = UploadKind;
    switch (action.kind) {
    case K::CourseView:
        return tr("Opened the course");
    case K::ActivityView:
        return tr("Opened the activity");
    case K::Completion:
        return action.payload.value(u"completed"_s).toBool() ? tr("Marked as complete")
                                                             : tr("Marked as not complete");
    case K::ScormTracks:
        return tr("Lesson results (attempt %1)").arg(action.payload.value(u"attempt"_s).toInt());
    }
    return {};
}

QString Labels::uploadRefusal(const QString &code, const QString &serverMessage)
{
    if (code == u"superseded"_s)
        return tr("Changed on the site after your change on this computer; the site's state "
                  "was kept.");
    if (code == u"cannotmanualctrack"_s)
        return tr("The site no longer lets you mark this activity as complete yourself.");
    if (code == u"invalidrecord"_s || code == u"cannotfindsco"_s
        || code == u"invalidcoursemodule"_s)
        return tr("This activity no longer exists on the site.");
    if (code == u"nopermissions"_s || code == u"accessexception"_s
        || code == u"requireloginerror"_s)
        return tr("The site does not allow this for your account.");
    if (serverMessage.isEmpty())
        return tr("The site did not accept it (%1).").arg(code);
    //: %1 is the site's own message, in the site's language.
    return tr("The site did not accept it: %1").arg(serverMessage);
}

QString Labels::iconName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Video:
        return u"video"_s;
    case ActivityKind::Page:
    case ActivityKind::Label:
    case ActivityKind::Book:
        return u"page"_s;
    case ActivityKind::Pdf:
        return u"pdf"_s;
    case ActivityKind::Resource:
        return u"resource"_s;
    case ActivityKind::Scorm:
        return u"scorm"_s;
    case ActivityKind::Folder:
        return u"folder"_s;
    case ActivityKind::Url:
    case ActivityKind::Other:
        return u"url"_s;
    }
    return {};
}

QString Labels::iconName(OfflineState state)
{
    switch (state) {
    case OfflineState::OnThisMachine:
        return u"offline"_s;
    case OfflineState::Partial:
        return u"partial"_s;
    case OfflineState::NotOnThisMachine:
    case OfflineState::NothingToDownload:
        return u"remote"_s;
    }
    return {};
}

} // namespace clikc
