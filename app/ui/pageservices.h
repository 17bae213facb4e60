#pragma once

#include "coursepage.h"
#include "downloadspage.h"
#include "librarypage.h"
#include "pageviewerpage.h"
#include "pdfviewerpage.h"
#include "scormplayerpage.h"
#include "uploadspage.h"
#include "videoplayerpage.h"

namespace clikc {

class AppContext;

// What each page is handed from the composition root: the one place the pages are wired, used
// by MainWindow and by the tests that build a page on its own. A page sees only its Services.
template<typename Page>
typename Page::Services servicesFor(AppContext &context);

template<>
CoursePage::Services servicesFor<CoursePage>(AppContext &context);
template<>
DownloadsPage::Services servicesFor<DownloadsPage>(AppContext &context);
template<>
LibraryPage::Services servicesFor<LibraryPage>(AppContext &context);
template<>
PageViewerPage::Services servicesFor<PageViewerPage>(AppContext &context);
template<>
PdfViewerPage::Services servicesFor<PdfViewerPage>(AppContext &context);
template<>
ScormPlayerPage::Services servicesFor<ScormPlayerPage>(AppContext &context);
template<>
UploadsPage::Services servicesFor<UploadsPage>(AppContext &context);
template<>
VideoPlayerPage::Services servicesFor<VideoPlayerPage>(AppContext &context);

} // namespace clikc
