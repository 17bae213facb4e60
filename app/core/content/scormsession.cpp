#include "scormsession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

ScormSession::ScormSession()
    : ScormSession(ScormManifest{})
{}

ScormSession::ScormSession(ScormManifest manifest)
    : m_manifest(std::move(manifest))
    , m_navigation(m_manifest)
{}

ScormSession::Statuses ScormSession::statusesOf(const QList<ScormAttempt> &attempts, int newAttempt)
{
    int current = newAttempt;
    for (const auto &attempt : attempts)
        current = std::max(current, attempt.attempt);
    Statuses statuses;
    for (const auto &attempt : attempts) {
        if (attempt.attempt == current)
            statuses.insert(attempt.sco, ScormNavigation::trackedStatus(attempt.data));
    }
    return statuses;
}

QJsonObject ScormSession::hostValues(const ScormItem &item, const QString &learner,
                                     const Statuses &statuses) const
{
    QJsonObject values;
    if (m_manifest.version == ScormVersion::Scorm12) {
        values.insert(u"cmi.core.student_id"_s, learner);
        values.insert(u"cmi.core.student_name"_s, learner);
        values.insert(u"cmi.core.credit"_s, u"credit"_s);
        values.insert(u"cmi.core.lesson_mode"_s, u"normal"_s);
        if (item.masteryScore)
            values.insert(u"cmi.student_data.mastery_score"_s, number(*item.masteryScore));
        if (!item.maxTimeAllowed.isEmpty())
            values.insert(u"cmi.student_data.max_time_allowed"_s, item.maxTimeAllowed);
        if (!item.timeLimitAction.isEmpty())
            values.insert(u"cmi.student_data.time_limit_action"_s, item.timeLimitAction);
    } else {
        values.insert(u"cmi.learner_id"_s, learner);
        values.insert(u"cmi.learner_name"_s, learner);
        values.insert(u"cmi.credit"_s, u"credit"_s);
        values.insert(u"cmi.mode"_s, u"normal"_s);
        if (item.scaledPassingScore)
            values.insert(u"cmi.scaled_passing_score"_s, number(*item.scaledPassingScore));
        if (item.completionThreshold)
            values.insert(u"cmi.completion_threshold"_s, number(*item.completionThreshold));
        if (!item.maxTimeAllowed.isEmpty())
            values.insert(u"cmi.max_time_allowed"_s, item.maxTimeAllowed);
        if (!item.timeLimitAction.isEmpty())
            values.insert(u"cmi.time_limit_action"_s, item.timeLimitAction);
        // What a lesson may ask for next (its own Next and Previous buttons often show only
        // what is valid): the package's flow, and any part by its identifier.
        for (const ScormItem &part : m_manifest.launchableItems()) {
            values.insert(u"adl.nav.request_valid.choice.{target=%1}"_s.arg(part.identifier),
                          flag(m_manifest.choiceAllowed));
        }
        values.insert(u"adl.nav.request_valid.continue"_s,
                      flag(!m_navigation.next(item.identifier, statuses).isEmpty()));
        values.insert(u"adl.nav.request_valid.previous"_s,
                      flag(!m_navigation.previous(item.identifier, statuses).isEmpty()));
    }
    if (!item.dataFromLms.isEmpty())
        values.insert(u"cmi.launch_data"_s, item.dataFromLms);
    return values;
}

QJsonObject ScormSession::launchState(const ScormItem &item, const QString &learner,
                                      const Statuses &statuses, const QJsonObject &stored,
                                      bool reviewing, const QList<ScormAttempt> &all) const
{
    QJsonObject state = hostValues(item, learner, statuses);
    const bool v12 = m_manifest.version == ScormVersion::Scorm12;
    if (reviewing) {
        state.insert(v12 ? u"cmi.core.lesson_mode"_s : u"cmi.mode"_s, u"review"_s);
        state.insert(v12 ? u"cmi.core.credit"_s : u"cmi.credit"_s, u"no-credit"_s);
    }
    for (auto it = stored.begin(); it != stored.end(); ++it)
        state.insert(it.key(), it.value());
    // SCORM 2004: the run-time starts with the objectives the manifest names, as lessons look
    // theirs up by id (unless a previous session has them already).
    if (!v12 && !std::ranges::any_of(stored.keys(), [](const QString &key) {
            return key.startsWith(u"cmi.objectives."_s);
        })) {
        for (qsizetype i = 0; i < item.objectiveIds.size(); ++i)
            state.insert(u"cmi.objectives.%1.id"_s.arg(i), item.objectiveIds.at(i));
    }
    // adl.data: the item's stores in manifest order, each as the part that wrote it last left
    // it (a part keeps its stores with its own values, under its own indexes).
    for (qsizetype i = 0; i < item.sharedData.size(); ++i) {
        const QString target = item.sharedData.at(i).targetId;
        state.insert(u"adl.data.%1.id"_s.arg(i), target);
        state.remove(u"adl.data.%1.store"_s.arg(i));
        qint64 newest = -1;
        for (const ScormAttempt &attempt : all) {
            const ScormItem *writer = m_manifest.item(attempt.sco);
            if (!writer || attempt.updatedAt < newest)
                continue;
            for (qsizetype j = 0; j < writer->sharedData.size(); ++j) {
                const QString key = u"adl.data.%1.store"_s.arg(j);
                if (writer->sharedData.at(j).targetId == target && attempt.data.contains(key)) {
                    state.insert(u"adl.data.%1.store"_s.arg(i), attempt.data.value(key));
                    newest = attempt.updatedAt;
                }
            }
        }
    }
    return state;
}

ScormSession::Request ScormSession::navigationRequest(const QString &request) const
{
    using Kind = Request::Kind;
    if (request == u"ended"_s)
        return {Kind::Ended, {}};
    if (request == u"continue"_s)
        return {Kind::Continue, {}};
    if (request == u"previous"_s)
        return {Kind::Previous, {}};
    // "close": the lesson closed its window (top.close()), as it would in a browser's pop-up.
    if (request.startsWith(u"exit"_s) || request.startsWith(u"suspend"_s)
        || request.startsWith(u"abandon"_s) || request == u"close"_s)
        return {Kind::Close, {}};
    // "{target=ITEM}choice" or "{target=ITEM}jump": the lesson asks for another part. A jump
    // is allowed even where the learner may not choose.
    static constexpr QStringView kTarget = u"{target=";
    const qsizetype end = request.indexOf(u'}');
    if (request.startsWith(kTarget) && end > kTarget.size()) {
        const QStringView verb = QStringView(request).mid(end + 1);
        const QString target = request.mid(kTarget.size(), end - kTarget.size());
        const bool allowed = (verb == u"choice" && m_manifest.choiceAllowed) || verb == u"jump";
        const ScormItem *item = m_manifest.item(target);
        if (allowed && item && item->isLaunchable())
            return {Kind::Open, target};
    }
    return {Kind::Ignored, {}};
}

QByteArray ScormSession::playerPage(const ScormItem &item, int attempt,
                                    const QJsonObject &state) const
{
    QJsonArray sharedAccess;
    for (const ScormSharedData &shared : item.sharedData)
        sharedAccess.append(
            QString((shared.read ? u"r"_s : QString()) + (shared.write ? u"w"_s : QString())));
    const QJsonObject launch{
        {u"sco"_s, item.identifier},
        {u"attempt"_s, attempt},
        {u"sharedAccess"_s, sharedAccess},
        {u"version"_s, m_manifest.version == ScormVersion::Scorm12 ? u"1.2"_s : u"2004"_s},
        {u"state"_s, state},
    };
    // Into a script element: nothing in it may close that element.
    QByteArray json = QJsonDocument(launch).toJson(QJsonDocument::Compact);
    json.replace("</", "<\\/");
    QByteArray source = item.launchUrl.toUtf8();
    source.replace('"', "%22");
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
           "<style>html, body { margin: 0; height: 100%; overflow: hidden; }\n"
           "iframe { border: 0; width: 100%; height: 100%; display: block; }</style>\n"
           "<script src=\"qwebchannel.js\"></script>\n"
           "<script src=\"scorm-runtime.js\"></script>\n"
           "<script>window.clikcLaunch = "
           + json
           + ";</script>\n"
             "<script src=\"player.js\"></script></head>\n"
             "<body><iframe id=\"sco\" allow=\"fullscreen; autoplay\" allowfullscreen src=\"../"
           + source + "\"></iframe></body></html>\n";
}

} // namespace clikc
