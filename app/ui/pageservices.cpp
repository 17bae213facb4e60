#include "pageservices.h"

#include "appcontext.h"

namespace clikc {

template<>
CoursePage::Services servicesFor<CoursePage>(AppContext &context)
{
    return {
        .courseQueries = context.courseQueries(),
        .downloads = context.downloads(),
        .languages = context.languages(),
        .libraryWorker = context.libraryWorker(),
        .profileId = context.profileId(),
        .progressRecorder = context.progressRecorder(),
    };
}

template<>
DownloadsPage::Services servicesFor<DownloadsPage>(AppContext &context)
{
    return {
        .downloads = context.downloads(),
        .settings = context.settings(),
        .autoDownloads = context.autoDownloads(),
    };
}

template<>
LibraryPage::Services servicesFor<LibraryPage>(AppContext &context)
{
    return {
        .courseQueries = context.courseQueries(),
        .languages = context.languages(),
        .libraryWorker = context.libraryWorker(),
        .maintenance = context.maintenance(),
        .profileId = context.profileId(),
        .sampleMirrorRoot = AppContext::sampleMirrorRoot(),
    };
}

template<>
UploadsPage::Services servicesFor<UploadsPage>(AppContext &context)
{
    return {
        .libraryWorker = context.libraryWorker(),
        .profileId = context.profileId(),
        .uploadQueue = context.uploadQueue(),
        .uploads = context.uploads(),
    };
}

} // namespace clikc
