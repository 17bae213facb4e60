#include "players.h"

#include "playerservices.h"

namespace clikc {

ActivityPage *Players::create(Player player, AppContext &context, QWidget *parent)
{
    switch (player) {
    case Player::Video:
        return new VideoPlayerPage(servicesFor<VideoPlayerPage>(context), parent);
    case Player::Page:
        return new PageViewerPage(servicesFor<PageViewerPage>(context), parent);
    case Player::Pdf:
        return new PdfViewerPage(servicesFor<PdfViewerPage>(context), parent);
    case Player::Lesson:
        return new ScormPlayerPage(servicesFor<ScormPlayerPage>(context), parent);
    }
    return nullptr;
}

} // namespace clikc
