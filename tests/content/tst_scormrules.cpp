// Moodle's rules applied to what a part reports before it is kept: an asset, completed when it
// was opened, stays completed whatever a session its page opened later reports.

#include "content/scormrules.h"
#include "testsupport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Q_DECLARE_METATYPE(ScormVersion)

class TestScormRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assetCompletion()
    {
        QCOMPARE(ScormRules::assetCompletion(ScormVersion::Scorm12),
                 json(uR"({"cmi.core.lesson_status": "completed"})"_s));
        QCOMPARE(ScormRules::assetCompletion(ScormVersion::Scorm2004),
                 json(uR"({"cmi.completion_status": "completed"})"_s));
    }

    void assetStaysCompleted_data()
    {
        QTest::addColumn<ScormVersion>("version");
        QTest::addColumn<QString>("reported");
        QTest::addColumn<QString>("kept");
        const auto v12 = ScormVersion::Scorm12;
        const auto v2004 = ScormVersion::Scorm2004;
        QTest::newRow("1.2 incomplete")
            << v12 << uR"({"cmi.core.lesson_status": "incomplete", "cmi.core.exit": ""})"_s
            << uR"({"cmi.core.lesson_status": "completed", "cmi.core.exit": ""})"_s;
        QTest::newRow("1.2 failed") << v12 << uR"({"cmi.core.lesson_status": "failed"})"_s
                                    << uR"({"cmi.core.lesson_status": "completed"})"_s;
        QTest::newRow("1.2 browsed") << v12 << uR"({"cmi.core.lesson_status": "browsed"})"_s
                                     << uR"({"cmi.core.lesson_status": "completed"})"_s;
        QTest::newRow("1.2 passed kept") << v12 << uR"({"cmi.core.lesson_status": "passed"})"_s
                                         << uR"({"cmi.core.lesson_status": "passed"})"_s;
        QTest::newRow("1.2 no status")
            << v12 << uR"({"cmi.suspend_data": "x"})"_s << uR"({"cmi.suspend_data": "x"})"_s;
        QTest::newRow("2004 incomplete")
            << v2004
            << uR"({"cmi.completion_status": "incomplete", "cmi.success_status": "failed"})"_s
            << uR"({"cmi.completion_status": "completed", "cmi.success_status": "failed"})"_s;
        QTest::newRow("2004 unknown") << v2004 << uR"({"cmi.completion_status": "unknown"})"_s
                                      << uR"({"cmi.completion_status": "completed"})"_s;
        QTest::newRow("2004 other version's element")
            << v2004 << uR"({"cmi.core.lesson_status": "incomplete"})"_s
            << uR"({"cmi.core.lesson_status": "incomplete"})"_s;
    }

    void assetStaysCompleted()
    {
        QFETCH(ScormVersion, version);
        QFETCH(QString, reported);
        QFETCH(QString, kept);
        QCOMPARE(ScormRules::keepAssetCompleted(json(reported), version), json(kept));
    }
};

QTEST_GUILESS_MAIN(TestScormRules)
#include "tst_scormrules.moc"
