#include "playerservices.h"

#include "appcontext.h"

namespace clikc {

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
