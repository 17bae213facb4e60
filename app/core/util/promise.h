#pragma once

#include <QPromise>
#include <memory>

// Futures completed from callbacks (network replies, keychain jobs): a started promise shared by
// the callbacks that may finish it, and a one-call way to finish it with a value.
namespace clikc {

template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T>
void finish(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace clikc
