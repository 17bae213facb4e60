#include "scormrules.h"

using namespace Qt::StringLiterals;

namespace clikc {

namespace {

QString statusElement(ScormVersion version)
{
    return version == ScormVersion::Scorm12 ? u"cmi.core.lesson_status"_s
                                            : u"cmi.completion_status"_s;
}

} // namespace

QJsonObject ScormRules::assetCompletion(ScormVersion version)
{
    return {{statusElement(version), u"completed"_s}};
}

QJsonObject ScormRules::keepAssetCompleted(const QJsonObject &values, ScormVersion version)
{
    const QString element = statusElement(version);
    if (!values.contains(element))
        return values;
    const QString status = values.value(element).toString();
    if (status == u"completed"_s || status == u"passed"_s)
        return values;
    QJsonObject kept = values;
    kept.insert(element, u"completed"_s);
    return kept;
}

} // namespace clikc
