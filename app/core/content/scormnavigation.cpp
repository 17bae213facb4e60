#include "scormnavigation.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

bool isDone(const QString &status)
{
    return status == u"completed"_s || status == u"passed"_s;
}

// The statuses a prerequisite may name, in full or by their first letter.
QString canonicalStatus(const QString &written)
{
    static const QHash<QString, QString> names{
        {u"passed"_s, u"passed"_s},
        {u"p"_s, u"passed"_s},
        {u"completed"_s, u"completed"_s},
        {u"c"_s, u"completed"_s},
        {u"failed"_s, u"failed"_s},
        {u"f"_s, u"failed"_s},
        {u"incomplete"_s, u"incomplete"_s},
        {u"i"_s, u"incomplete"_s},
        {u"browsed"_s, u"browsed"_s},
        {u"b"_s, u"browsed"_s},
        {u"not attempted"_s, u"notattempted"_s},
        {u"n"_s, u"notattempted"_s},
    };
    return names.value(written, written);
}

// Reads an aicc_script expression by recursive descent. `ok` turns false when the text is not
// an expression (a parenthesis left open, an operator without operand…).
class PrerequisiteParser
{
public:
    PrerequisiteParser(const QString &expression, const ScormNavigation::Statuses &statuses)
        : m_statuses(statuses)
    {
        QString atom;
        auto flush = [&] {
            if (!atom.trimmed().isEmpty())
                m_tokens.push_back({Kind::Atom, atom.trimmed()});
            atom.clear();
        };
        for (const QChar c : expression) {
            const Kind kind = c == u'&'   ? Kind::And
                              : c == u'|' ? Kind::Or
                              : c == u'~' ? Kind::Not
                              : c == u'(' ? Kind::Open
                              : c == u')' ? Kind::Close
                                          : Kind::Atom;
            if (kind == Kind::Atom) {
                atom += c;
                continue;
            }
            flush();
            m_tokens.push_back({kind, {}});
        }
        flush();
    }

    bool evaluate(bool *ok)
    {
        if (m_tokens.empty())
            return true;
        const bool value = anyOf();
        *ok = m_ok && m_position == m_tokens.size();
        return value;
    }

private:
    enum class Kind { Atom, And, Or, Not, Open, Close };
    struct Token
    {
        Kind kind;
        QString text;
    };

    bool accept(Kind kind)
    {
        if (m_position < m_tokens.size() && m_tokens[m_position].kind == kind) {
            ++m_position;
            return true;
        }
        return false;
    }

    bool anyOf()
    {
        bool value = allOf();
        while (accept(Kind::Or))
            value = allOf() || value; // both sides are read, whatever the first gave
        return value;
    }

    bool allOf()
    {
        bool value = unary();
        while (accept(Kind::And))
            value = unary() && value;
        return value;
    }

    bool unary()
    {
        if (accept(Kind::Not))
            return !unary();
        if (accept(Kind::Open)) {
            const bool value = anyOf();
            if (!accept(Kind::Close))
                m_ok = false;
            return value;
        }
        if (m_position < m_tokens.size() && m_tokens[m_position].kind == Kind::Atom)
            return atom(m_tokens[m_position++].text);
        m_ok = false;
        return false;
    }

    bool atom(const QString &text) const
    {
        static const QRegularExpression set(u"^(\\d+)\\s*\\*\\s*\\{(.*)\\}$"_s);
        if (const auto match = set.match(text); match.hasMatch()) {
            int done = 0;
            for (const QString &member : match.captured(2).split(u',')) {
                const auto found = m_statuses.constFind(member.trimmed());
                done += found != m_statuses.cend() && isDone(*found) ? 1 : 0;
            }
            return done >= match.captured(1).toInt();
        }
        const qsizetype different = text.indexOf(u"<>"_s);
        const qsizetype equal = text.indexOf(u'=');
        if (different > 0 || equal > 0) {
            const bool negate = different > 0;
            const qsizetype at = negate ? different : equal;
            const QString item = text.left(at).trimmed();
            QString value = text.mid(at + (negate ? 2 : 1)).trimmed();
            value.remove(u'"').remove(u'\'');
            const auto found = m_statuses.constFind(item);
            if (found == m_statuses.cend())
                return false; // never opened: Moodle gives false for = and <> alike
            const bool same = *found == canonicalStatus(value.trimmed());
            return negate ? !same : same;
        }
        const auto found = m_statuses.constFind(text);
        return found != m_statuses.cend() && isDone(*found);
    }

    const ScormNavigation::Statuses &m_statuses;
    std::vector<Token> m_tokens;
    size_t m_position = 0;
    bool m_ok = true;
};

void walk(const QList<ScormItem> &items, bool visible, QStringList *flow, QStringList *launchable,
          QHash<QString, QString> *prerequisites)
{
    for (const ScormItem &item : items) {
        const bool shown = visible && item.isVisible;
        if (item.isLaunchable()) {
            launchable->append(item.identifier);
            if (shown)
                flow->append(item.identifier);
        }
        if (!item.prerequisites.trimmed().isEmpty())
            prerequisites->insert(item.identifier, item.prerequisites);
        walk(item.children, shown, flow, launchable, prerequisites);
    }
}

} // namespace

ScormNavigation::ScormNavigation(const ScormManifest &manifest)
    : m_version(manifest.version)
{
    walk(manifest.items, true, &m_flow, &m_launchable, &m_requires);
}

QString ScormNavigation::trackedStatus(const QJsonObject &data)
{
    QString status = data.value(u"cmi.core.lesson_status"_s).toString();
    if (status.isEmpty()) {
        // A SCORM 2004 part: Moodle's status is its success, else its completion.
        const QString success = data.value(u"cmi.success_status"_s).toString();
        status = success == u"passed"_s || success == u"failed"_s
                     ? success
                     : data.value(u"cmi.completion_status"_s).toString();
    }
    if (status.isEmpty() || status == u"not attempted"_s || status == u"unknown"_s)
        return u"notattempted"_s;
    return status;
}

bool ScormNavigation::isAvailable(const QString &identifier, const Statuses &statuses) const
{
    if (!m_launchable.contains(identifier))
        return false;
    if (m_version != ScormVersion::Scorm12)
        return true;
    const auto found = m_requires.constFind(identifier);
    return found == m_requires.cend() || prerequisitesMet(*found, statuses);
}

QString ScormNavigation::first(const Statuses &statuses) const
{
    for (const QString &identifier : m_flow) {
        if (isAvailable(identifier, statuses))
            return identifier;
    }
    return m_flow.isEmpty() ? m_launchable.value(0) : m_flow.first();
}

QString ScormNavigation::next(const QString &current, const Statuses &statuses) const
{
    const qsizetype at = m_flow.indexOf(current);
    if (at < 0)
        return {};
    for (qsizetype i = at + 1; i < m_flow.size(); ++i) {
        if (isAvailable(m_flow.at(i), statuses))
            return m_flow.at(i);
    }
    return {};
}

QString ScormNavigation::previous(const QString &current, const Statuses &statuses) const
{
    for (qsizetype i = m_flow.indexOf(current) - 1; i >= 0; --i) {
        if (isAvailable(m_flow.at(i), statuses))
            return m_flow.at(i);
    }
    return {};
}

ScormNavigation::Step ScormNavigation::afterFinish(const QString &current, bool autoContinue,
                                                   const Statuses &statuses) const
{
    const QString following = next(current, statuses);
    if (autoContinue)
        return following.isEmpty() ? Step{Action::Course, {}} : Step{Action::Next, following};
    if (m_version == ScormVersion::Scorm12 && following.isEmpty())
        return {Action::Course, {}};
    return {Action::Stay, {}};
}

bool ScormNavigation::prerequisitesMet(const QString &expression, const Statuses &statuses)
{
    PrerequisiteParser parser(expression, statuses);
    bool ok = true;
    const bool met = parser.evaluate(&ok);
    return !ok || met;
}

} // namespace clikc
