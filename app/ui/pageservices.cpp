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
PageViewerPage::Services servicesFor<PageViewerPage>(AppContext &context)
{
    return {
        .languages = context.languages(),
        .store = context.store(),
    };
}

template<>
PdfViewerPage::Services servicesFor<PdfViewerPage>(AppContext &context)
{
    return {
        .languages = context.languages(),
        .store = context.store(),
    };
}

template<>
ScormPlayerPage::Services servicesFor<ScormPlayerPage>(AppContext &context)
{
    return {
        .account = context.account(),
        .languages = context.languages(),
        .profileId = context.profileId(),
        .scormLessons = context.scormLessons(),
        .store = context.store(),
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

template<>
VideoPlayerPage::Services servicesFor<VideoPlayerPage>(AppContext &context)
{
    return {
        .languages = context.languages(),
        .profileId = context.profileId(),
        .progressRecorder = context.progressRecorder(),
        .settings = context.settings(),
        .store = context.store(),
    };
}

} // namespace clikc
