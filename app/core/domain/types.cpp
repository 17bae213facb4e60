#include "types.h"

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

template<typename Enum, size_t N>
QString nameOf(Enum value, const std::array<const char16_t *, N> &names)
{
    const auto index = size_t(value);
    return index < N ? QString::fromUtf16(names[index]) : QString();
}

template<typename Enum, size_t N>
Enum valueOf(const QString &text, const std::array<const char16_t *, N> &names, Enum fallback,
             bool *ok)
{
    for (size_t i = 0; i < N; ++i) {
        if (text == QStringView(names[i])) {
            if (ok)
                *ok = true;
            return Enum(i);
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

constexpr std::array<const char16_t *, 4> kSourceKinds
    = {u"bundled", u"mirror", u"moodle", u"totara"};
constexpr std::array<const char16_t *, 10> kActivityKinds
    = {u"video", u"page",  u"pdf",    u"resource", u"scorm",
       u"url",   u"label", u"folder", u"book",     u"other"};
constexpr std::array<const char16_t *, 5> kCompletionRules
    = {u"none", u"viewed", u"watched", u"manual", u"automatic"};
constexpr std::array<const char16_t *, 3> kFileRoles = {u"main", u"alternative", u"asset"};
constexpr std::array<const char16_t *, 8> kFileStates
    = {u"remote", u"queued",           u"downloading", u"partial",
       u"ready",  u"update_available", u"failed",      u"missing"};
constexpr std::array<const char16_t *, 4> kOfflineStates
    = {u"on_this_machine", u"partial", u"not_on_this_machine", u"nothing"};

OfflineState offlineStateOf(int ready, int total)
{
    if (total == 0)
        return OfflineState::NothingToDownload;
    if (ready == total)
        return OfflineState::OnThisMachine;
    return ready == 0 ? OfflineState::NotOnThisMachine : OfflineState::Partial;
}

} // namespace

QString keyOf(SourceKind kind)
{
    return nameOf(kind, kSourceKinds);
}
QString keyOf(ActivityKind kind)
{
    return nameOf(kind, kActivityKinds);
}
QString keyOf(CompletionRule rule)
{
    return nameOf(rule, kCompletionRules);
}
QString keyOf(FileRole role)
{
    return nameOf(role, kFileRoles);
}
QString keyOf(FileState state)
{
    return nameOf(state, kFileStates);
}
QString keyOf(OfflineState state)
{
    return nameOf(state, kOfflineStates);
}

SourceKind sourceKindFromString(const QString &text, bool *ok)
{
    return valueOf(text, kSourceKinds, SourceKind::Mirror, ok);
}

ActivityKind activityKindFromString(const QString &text)
{
    return valueOf(text, kActivityKinds, ActivityKind::Other, nullptr);
}

CompletionRule completionRuleFromString(const QString &text, bool *ok)
{
    return valueOf(text, kCompletionRules, CompletionRule::None, ok);
}

FileRole fileRoleFromString(const QString &text, bool *ok)
{
    return valueOf(text, kFileRoles, FileRole::Main, ok);
}

FileState fileStateFromString(const QString &text)
{
    return valueOf(text, kFileStates, FileState::Remote, nullptr);
}

bool isOfflineCapable(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Video:
    case ActivityKind::Page:
    case ActivityKind::Pdf:
    case ActivityKind::Resource:
    case ActivityKind::Scorm:
    case ActivityKind::Label:
    case ActivityKind::Folder:
    case ActivityKind::Book:
        return true;
    case ActivityKind::Url:
    case ActivityKind::Other:
        return false;
    }
    return false;
}

OfflineState Activity::offlineState() const
{
    int ready = 0;
    for (const FileEntry &file : files)
        ready += file.state == FileState::Ready ? 1 : 0;
    return offlineStateOf(ready, int(files.size()));
}

const FileEntry *Activity::fileAt(const QString &path) const
{
    for (const FileEntry &file : files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

const FileEntry *Activity::entryFile(const QString &language) const
{
    if (const FileEntry *file = fileAt(entryPath.text(language)))
        return file;
    for (const FileEntry &file : files) {
        if (file.role == FileRole::Main)
            return &file;
    }
    return nullptr;
}

OfflineState CourseSummary::offlineState() const
{
    return offlineStateOf(readyFileCount, fileCount);
}

} // namespace clikc
