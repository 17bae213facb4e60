#pragma once

#include "pageservices.h"
#include "pageviewerpage.h"
#include "pdfviewerpage.h"
#include "scormplayerpage.h"
#include "videoplayerpage.h"

namespace clikc {

// What each activity page is handed (see pageservices.h); with the pages, in clikc_players.
template<>
PageViewerPage::Services servicesFor<PageViewerPage>(AppContext &context);
template<>
PdfViewerPage::Services servicesFor<PdfViewerPage>(AppContext &context);
template<>
ScormPlayerPage::Services servicesFor<ScormPlayerPage>(AppContext &context);
template<>
VideoPlayerPage::Services servicesFor<VideoPlayerPage>(AppContext &context);

} // namespace clikc
