// The Moodle protocol's answers: any body, under any HTTP status, through readAnswer and, when it
// is JSON, through every parser of a web-service answer.

#include "connector/moodleprotocol.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the status the body comes with.
    static constexpr int kStatuses[] = {200, 200, 200, 206, 303, 400, 403, 404, 500, 503};
    const int status = kStatuses[data[0] % std::size(kStatuses)];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QJsonDocument json;
    const clikc::ConnectorError error = clikc::moodle::readAnswer(status, body, &json);
    (void)error.message();
    if (json.isObject()) {
        const QJsonObject object = json.object();
        (void)clikc::moodle::parseSiteInfo(object);
        (void)clikc::moodle::parseScorms(object);
        (void)clikc::moodle::parseCompletionStatus(object);
        (void)clikc::moodle::readStatus(object);
    }
    if (json.isArray()) {
        const QJsonArray array = json.array();
        const QList<clikc::RemoteCourse> courses = clikc::moodle::parseCourses(array);
        clikc::RemoteCourse course;
        course.id = 2;
        (void)clikc::moodle::parseContents(courses.isEmpty() ? course : courses.first(), array, {});
    }
    return 0;
}
