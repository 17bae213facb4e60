#include "upload.h"

#include <array>

namespace clikc {
namespace {

constexpr std::array<const char16_t *, 4> kKinds
    = {u"course_view", u"activity_view", u"completion", u"scorm_tracks"};

} // namespace

QString uploadKindKey(UploadKind kind)
{
    return QString::fromUtf16(kKinds.at(std::size_t(kind)));
}

UploadKind uploadKindFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (key == QStringView(kKinds.at(i)))
            return UploadKind(i);
    }
    return UploadKind::CourseView;
}

} // namespace clikc
