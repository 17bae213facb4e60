#pragma once

#include "content/scormmanifest.h"
#include "content/scormnavigation.h"
#include "domain/scorm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clikc {

// The rules of one SCORM session, without a browser: what the host hands a SCO before it starts
// (the learner, credit and mode, the manifest's limits and launch data, SCORM 2004's navigation
// validity, a review's no-credit), the objectives and shared data stores (adl.data) it starts
// with, which attempt the parts are in, what a lesson's navigation request asks for, and the
// player page that carries it all to the run-time. The player page of the interface drives a
// web view with these; everything here is a pure function of its arguments. Any thread.
class ScormSession final
{
public:
    ScormSession();
    explicit ScormSession(ScormManifest manifest);

    const ScormManifest &manifest() const { return m_manifest; }
    const ScormNavigation &navigation() const { return m_navigation; }

    using Statuses = ScormNavigation::Statuses;

    // Each part's status in the current attempt: the one "Start a new attempt" began
    // (`newAttempt`, 0 when none), else the latest of any part.
    static Statuses statusesOf(const QList<ScormAttempt> &attempts, int newAttempt);

    // What the host sets before the SCO starts. `learner` names the learner (id and name).
    QJsonObject hostValues(const ScormItem &item, const QString &learner,
                           const Statuses &statuses) const;
    // The SCO's whole starting state: the host's values, review mode when `reviewing`, the
    // attempt's `stored` values over them, SCORM 2004's objectives from the manifest (unless
    // the attempt has its own), and each shared data store as the part that wrote it last
    // (among `all` the learner's attempts) left it.
    QJsonObject launchState(const ScormItem &item, const QString &learner, const Statuses &statuses,
                            const QJsonObject &stored, bool reviewing,
                            const QList<ScormAttempt> &all) const;

    // What a lesson's navigation request (adl.nav.request, or the player's own "ended" and
    // "close") asks the player to do.
    struct Request
    {
        enum class Kind {
            Ignored,  // not understood, or not allowed here
            Ended,    // the part's session ended by the lesson's own doing
            Continue, // the next part of the flow
            Previous, // the part before
            Close,    // exit, suspend, abandon, close: back to the course
            Open,     // `target`, chosen or jumped to
        };
        Kind kind = Kind::Ignored;
        QString target;
    };
    Request navigationRequest(const QString &request) const;

    // The generated page that launches `item` in attempt `attempt` with `state`: the run-time,
    // the bridge, and the SCO in a frame.
    QByteArray playerPage(const ScormItem &item, int attempt, const QJsonObject &state) const;

private:
    ScormManifest m_manifest;
    ScormNavigation m_navigation;
};

} // namespace clikc
