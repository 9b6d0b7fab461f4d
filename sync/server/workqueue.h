#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace gw::server {

/// A fixed set of threads working off a bounded queue. The server's calls wait here for their
/// turn instead of each taking a thread: a thousand devices cost a thousand small queue
/// entries, not a thousand threads, and a queue that is full says so at once (tryPost), so that
/// a busy server sheds load with a retry hint instead of growing without bound.
class WorkQueue
{
public:
    WorkQueue(int threads, int maxQueued);
    /// Runs what is queued, then joins the threads.
    ~WorkQueue();
    WorkQueue(const WorkQueue &) = delete;
    WorkQueue &operator=(const WorkQueue &) = delete;

    /// Queues @p job; false (and @p job dropped) when maxQueued jobs are waiting already.
    bool tryPost(std::function<void()> job);
    int waiting() const;

private:
    void run();
    const int m_maxQueued;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace gw::server
