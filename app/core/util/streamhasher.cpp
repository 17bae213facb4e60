#include "streamhasher.h"

#include "digest.h"

namespace clikc {

StreamHasher::StreamHasher(qint64 expectedSize)
    : m_sha256(std::make_unique<Digest>())
    , m_sha1(std::make_unique<Digest>(Digest::Algorithm::Sha1))
{
    if (expectedSize >= kThreadFrom)
        m_thread = std::thread([this] { run(); });
}

StreamHasher::~StreamHasher()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
            m_queue.clear();
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

void StreamHasher::hash(const QByteArray &chunk)
{
    m_sha256->addData(chunk);
    m_sha1->addData(chunk);
}

void StreamHasher::add(const QByteArray &chunk)
{
    m_added += chunk.size();
    if (!m_thread.joinable()) {
        hash(chunk);
        return;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queued < kMaxQueued; });
    m_queue.push_back(chunk);
    m_queued += chunk.size();
    lock.unlock();
    m_changed.notify_all();
}

void StreamHasher::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_closing || !m_queue.empty(); });
        if (m_queue.empty())
            return; // closing, and everything added is hashed
        const QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        hash(chunk);
        lock.lock();
        m_queued -= chunk.size();
        m_changed.notify_all();
    }
}

StreamHasher::Result StreamHasher::finish()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true; // the thread ends once the queue is empty
        }
        m_changed.notify_all();
        m_thread.join();
    }
    return {m_sha256->hexResult(), m_sha1->hexResult()};
}

} // namespace clikc
