#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace clikc {

// What the SCORM run-time left of one learner's attempt at one SCO of a package.
struct ScormAttempt
{
    QString sco; // the item identifier in the manifest
    int attempt = 1;
    QJsonObject data; // element → value, as last committed
    bool finished = false;
    qint64 updatedAt = 0;
    // The attempt ended with a result (not suspended): opened again, it is only reviewed.
    bool ended = false;
};

// How a package went for a learner, from the latest attempt at its SCOs: what the course page
// shows.
struct ScormResult
{
    enum class State { Started, Completed, Passed, Failed };
    State state = State::Started;
    std::optional<double> score; // percent, 0..100: the mean of the SCOs' scores
    int attempt = 1;

    static ScormResult summarize(const QList<ScormAttempt> &attempts);
};

// How a SCO's values (either version's data model) say it went: completed or passed; failed.
bool scormIsDone(const QJsonObject &data);
bool scormIsFailed(const QJsonObject &data);
// A SCO's score as a percentage (0..100): 2004 score.scaled, else raw between min and max.
std::optional<double> scormScorePercent(const QJsonObject &data);

} // namespace clikc
