#pragma once

#include "content/scormmanifest.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace clikc {

// The way through a SCORM package, taken as Moodle's player takes it:
// - the flow (‹ Previous, Next ›, what follows a finished part) holds the parts that open
//   something and are visible (isvisible="false" hides an item and everything under it, in the
//   contents and in the flow), in the package's order;
// - a SCORM 1.2 part whose adlcp:prerequisites are not met cannot be opened yet and is passed
//   over (SCORM 2004 packages have none: Moodle treats them as met);
// - what follows the end of a part's session (afterFinish).
// Only logic: no storage, no widgets. Any thread.
class ScormNavigation final
{
public:
    // Each tracked part's status in the current attempt, by item identifier, as Moodle tracks
    // it: "passed", "completed", "failed", "incomplete", "browsed" or "notattempted". A part
    // never opened in this attempt is absent.
    using Statuses = QHash<QString, QString>;

    explicit ScormNavigation(const ScormManifest &manifest);

    // The status a part's stored values give (trackedStatus of its data).
    static QString trackedStatus(const QJsonObject &data);

    // The parts of the flow, in order.
    const QStringList &flow() const { return m_flow; }
    bool inFlow(const QString &identifier) const { return m_flow.contains(identifier); }
    // Whether the part may be opened now: it launches something and its prerequisites are met.
    bool isAvailable(const QString &identifier, const Statuses &statuses) const;
    // The first available part of the flow; if none, the first part that launches anything (a
    // package whose every part is hidden still opens, as on the site).
    QString first(const Statuses &statuses) const;
    // The available part after / before `current` in the flow; empty when there is none.
    QString next(const QString &current, const Statuses &statuses) const;
    QString previous(const QString &current, const Statuses &statuses) const;

    // What the player does when a part's session ended by the lesson's own doing (its Exit
    // button: LMSFinish / Terminate) and it started no other.
    enum class Action {
        Stay,   // leave the learner where they are
        Next,   // open `target`
        Course, // nothing more to show: back to the course
    };
    struct Step
    {
        Action action = Action::Stay;
        QString target;
    };
    // `autoContinue`: the activity's auto-continue setting (Moodle's `auto`), which opens the
    // next part. Without it, SCORM 1.2 returns to the course when no part follows (a lesson's
    // Exit must not leave the learner on a finished page), and SCORM 2004 stays (its lessons say
    // where to go with adl.nav.request).
    Step afterFinish(const QString &current, bool autoContinue, const Statuses &statuses) const;

    // Evaluates a SCORM 1.2 aicc_script prerequisites expression (CAM 1.2 2.3.2.5.1) against the
    // statuses, as Moodle does: an identifier is met when that part is completed or passed;
    // "id=status" and "id<>status" compare its status (full words or p, c, f, i, b, n) and are
    // false when it was never opened; "n*{a,b,c}" is met when at least n of the set are
    // completed or passed; ~ (not), & (and), | (or) and parentheses combine them, ~ binding
    // tightest and | loosest. An empty expression is met; one that cannot be read is treated
    // as met rather than locking the learner out.
    static bool prerequisitesMet(const QString &expression, const Statuses &statuses);

private:
    ScormVersion m_version;
    QStringList m_flow;
    QStringList m_launchable;           // every part that launches something, in order
    QHash<QString, QString> m_requires; // identifier → its prerequisites expression
};

} // namespace clikc
