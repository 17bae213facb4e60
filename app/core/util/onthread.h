#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <functional>

namespace clikc {

// Runs `work` on the thread `owner` lives on: at once when the caller is already there, else
// queued behind everything already asked of that thread (so calls keep their order). For the
// services that own a thread (the download manager, the uploader) and take calls from others.
inline void runOnThreadOf(QObject *owner, std::function<void()> work)
{
    if (QThread::currentThread() == owner->thread())
        work();
    else
        QMetaObject::invokeMethod(owner, std::move(work), Qt::QueuedConnection);
}

} // namespace clikc
