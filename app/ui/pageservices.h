#pragma once

#include "coursepage.h"
#include "downloadspage.h"
#include "librarypage.h"
#include "uploadspage.h"

namespace clikc {

class AppContext;

// What each page is handed from the composition root: the one place the pages are wired, used
// by MainWindow and by the tests that build a page on its own. A page sees only its Services.
// The activity pages' are in playerservices.h (they live in the players plugin).
template<typename Page>
typename Page::Services servicesFor(AppContext &context);

template<>
CoursePage::Services servicesFor<CoursePage>(AppContext &context);
template<>
DownloadsPage::Services servicesFor<DownloadsPage>(AppContext &context);
template<>
LibraryPage::Services servicesFor<LibraryPage>(AppContext &context);
template<>
UploadsPage::Services servicesFor<UploadsPage>(AppContext &context);

} // namespace clikc
