#include "scorm.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clikc {

bool scormIsDone(const QJsonObject &data)
{
    const QString status = data.value(u"cmi.core.lesson_status"_s).toString();
    return status == u"completed"_s || status == u"passed"_s
           || data.value(u"cmi.completion_status"_s).toString() == u"completed"_s
           || data.value(u"cmi.success_status"_s).toString() == u"passed"_s;
}

bool scormIsFailed(const QJsonObject &data)
{
    return data.value(u"cmi.core.lesson_status"_s).toString() == u"failed"_s
           || data.value(u"cmi.success_status"_s).toString() == u"failed"_s;
}

std::optional<double> scormScorePercent(const QJsonObject &d)
{
    const auto number = [&d](const QString &element) -> std::optional<double> {
        bool ok = false;
        const double value = d.value(element).toString().toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    };
    if (const auto scaled = number(u"cmi.score.scaled"_s))
        return std::clamp(*scaled * 100, 0.0, 100.0);
    const bool v12 = d.contains(u"cmi.core.score.raw"_s);
    const auto raw = number(v12 ? u"cmi.core.score.raw"_s : u"cmi.score.raw"_s);
    if (!raw)
        return std::nullopt;
    const auto min = number(v12 ? u"cmi.core.score.min"_s : u"cmi.score.min"_s).value_or(0);
    const auto max = number(v12 ? u"cmi.core.score.max"_s : u"cmi.score.max"_s).value_or(100);
    if (max <= min)
        return std::clamp(*raw, 0.0, 100.0);
    return std::clamp((*raw - min) / (max - min) * 100, 0.0, 100.0);
}

ScormResult ScormResult::summarize(const QList<ScormAttempt> &attempts)
{
    ScormResult result;
    for (const ScormAttempt &a : attempts)
        result.attempt = std::max(result.attempt, a.attempt);
    bool failed = false;
    bool passed = false;
    bool done = false;
    double sum = 0;
    int scored = 0;
    for (const ScormAttempt &a : attempts) {
        if (a.attempt != result.attempt)
            continue;
        failed = failed || scormIsFailed(a.data);
        passed = passed || a.data.value(u"cmi.core.lesson_status"_s).toString() == u"passed"_s
                 || a.data.value(u"cmi.success_status"_s).toString() == u"passed"_s;
        done = done || scormIsDone(a.data);
        if (const auto score = scormScorePercent(a.data)) {
            sum += *score;
            ++scored;
        }
    }
    using S = State;
    result.state = failed ? S::Failed : passed ? S::Passed : done ? S::Completed : S::Started;
    if (scored > 0)
        result.score = sum / scored;
    return result;
}

} // namespace clikc
