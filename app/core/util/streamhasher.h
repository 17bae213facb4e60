#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace clikc {

class Digest;

// SHA-256 and SHA-1 of a stream of chunks, as they are written. For a large stream the hashing
// runs on a thread of its own, so the thread that writes the chunks never waits for it (on a
// fast link a download would otherwise go at the speed of write plus hash, one after the
// other); a small one is hashed in place, not worth a thread. The chunks are shared, not
// copied; at most kMaxQueued bytes wait, beyond which add() waits for the hashing.
// One object per stream; add() and finish() from one thread.
class StreamHasher final
{
public:
    static constexpr qint64 kThreadFrom = 4 * 1024 * 1024; // expected size worth a thread
    static constexpr qint64 kMaxQueued = 64 * 1024 * 1024;

    explicit StreamHasher(qint64 expectedSize);
    ~StreamHasher();
    Q_DISABLE_COPY_MOVE(StreamHasher)

    void add(const QByteArray &chunk);
    // How many bytes were added.
    qint64 size() const { return m_added; }

    struct Result
    {
        QString sha256;
        QString sha1;
    };
    // Waits for every chunk added to be hashed, then the digests (lower-case hex). Call once.
    Result finish();

private:
    void run();
    void hash(const QByteArray &chunk);

    std::unique_ptr<Digest> m_sha256;
    std::unique_ptr<Digest> m_sha1;
    qint64 m_added = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue; // guarded by m_mutex, as the two below
    qint64 m_queued = 0;
    bool m_closing = false;
    std::thread m_thread; // only for a large stream
};

} // namespace clikc
