// The SCORM session's rules without a browser (content/scormsession): what the host hands a SCO
// in each version, a review's mode and credit, stored values over the host's, SCORM 2004's
// objectives, the shared data stores across parts, which attempt the parts are in, what a
// lesson's navigation request asks for, and the player page that carries the state. Tables, in
// milliseconds; tst_scormplayer keeps what needs a real WebEngine.

#include "content/scormsession.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

// A package with three parts in either version: A (mastery 80 / passing 0.6, time limit, launch
// data, two objectives, the shared store "notes"), B with nothing of its own, and C that stores
// "notes" under another index. `choice` false: a 2004 organization taken in order.
ScormSession session(bool v2004, bool choice = true)
{
    const QString manifest = uR"(<?xml version="1.0"?>
<manifest identifier="M" xmlns:adlcp="urn:adlnet:adlcp_rootv1p2"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>%1</schemaversion></metadata>
  <organizations default="O"><organization identifier="O"><title>T</title>
    <item identifier="A" identifierref="R" parameters="?part=a">
      <title>A</title>
      <adlcp:masteryscore>80</adlcp:masteryscore>
      <adlcp:maxtimeallowed>%2</adlcp:maxtimeallowed>
      <adlcp:timelimitaction>exit,message</adlcp:timelimitaction>
      <adlcp:datafromlms>start=intro</adlcp:datafromlms>
      <adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>
      <adlcp:dataFromLMS>start=intro</adlcp:dataFromLMS>
      <adlcp:data><adlcp:map targetID="notes"/></adlcp:data>
      %4
    </item>
    <item identifier="B" identifierref="R"><title>B</title></item>
    <item identifier="C" identifierref="R"><title>C</title>
      <adlcp:data><adlcp:map targetID="other"/><adlcp:map targetID="notes"
        writeSharedData="false"/></adlcp:data>
    </item>
    %3
  </organization></organizations>
  <resources><resource identifier="R" adlcp:scormtype="sco" adlcp:scormType="sco"
    href="lesson/a b.html"/></resources>
</manifest>)"_s.arg(v2004 ? u"2004 4th Edition"_s : u"1.2"_s, v2004 ? u"PT30M"_s : u"00:30:00"_s,
                    choice ? QString()
                           : u"<imsss:sequencing><imsss:controlMode choice=\"false\" "
                             "flow=\"true\"/></imsss:sequencing>"_s,
                    v2004 ? uR"(<imsss:sequencing>
        <imsss:limitConditions attemptAbsoluteDurationLimit="PT30M"/>
        <imsss:objectives>
          <imsss:primaryObjective objectiveID="obj-main" satisfiedByMeasure="true">
            <imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>
          </imsss:primaryObjective>
          <imsss:objective objectiveID="obj-extra"/>
        </imsss:objectives>
      </imsss:sequencing>)"_s
                          : QString());
    ScormManifestError error;
    ScormManifest parsed = ScormManifest::parse(manifest.toUtf8(), &error);
    if (error.isError())
        qFatal("test manifest refused: %s", qPrintable(error.message()));
    return ScormSession(std::move(parsed));
}

ScormAttempt attempt(const QString &sco, int number, const QJsonObject &data, qint64 at = 0)
{
    ScormAttempt a;
    a.sco = sco;
    a.attempt = number;
    a.data = data;
    a.updatedAt = at;
    return a;
}

// "k=v;k2=v2" → the object; a value "-" means the key must be absent.
QJsonObject expected(const QString &text)
{
    QJsonObject object;
    for (const QString &pair : text.split(u';', Qt::SkipEmptyParts)) {
        // A key may hold "=" inside braces ("…choice.{target=A}").
        const qsizetype eq = pair.indexOf(u'=', std::max<qsizetype>(0, pair.indexOf(u'}')));
        object.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return object;
}

void compareSubset(const QJsonObject &actual, const QString &expectedText)
{
    const QJsonObject want = expected(expectedText);
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.value().toString() == u"-"_s) {
            QVERIFY2(!actual.contains(it.key()), qPrintable(it.key() + u" is set"_s));
            continue;
        }
        QVERIFY2(actual.contains(it.key()), qPrintable(it.key() + u" is missing"_s));
        QCOMPARE(actual.value(it.key()).toVariant().toString(), it.value().toString());
    }
}

} // namespace

class TestScormSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostValues_data()
    {
        QTest::addColumn<bool>("v2004");
        QTest::addColumn<bool>("choice");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<QString>("want");
        QTest::newRow("1.2 first part")
            << false << true << u"A"_s << QString()
            << u"cmi.core.student_id=ana;cmi.core.student_name=ana;cmi.core.credit=credit;"
               "cmi.core.lesson_mode=normal;cmi.student_data.mastery_score=80;"
               "cmi.student_data.max_time_allowed=00:30:00;"
               "cmi.student_data.time_limit_action=exit,message;cmi.launch_data=start=intro;"
               "cmi.learner_id=-;adl.nav.request_valid.continue=-"_s;
        QTest::newRow("1.2 part without limits")
            << false << true << u"B"_s << QString()
            << u"cmi.core.lesson_mode=normal;cmi.student_data.mastery_score=-;"
               "cmi.student_data.max_time_allowed=-;cmi.launch_data=-"_s;
        QTest::newRow("2004 first part")
            << true << true << u"A"_s << QString()
            << u"cmi.learner_id=ana;cmi.learner_name=ana;cmi.credit=credit;cmi.mode=normal;"
               "cmi.scaled_passing_score=0.6;cmi.max_time_allowed=PT30M;"
               "cmi.time_limit_action=exit,message;cmi.launch_data=start=intro;"
               "adl.nav.request_valid.continue=true;adl.nav.request_valid.previous=false;"
               "adl.nav.request_valid.choice.{target=A}=true;"
               "adl.nav.request_valid.choice.{target=C}=true;cmi.core.student_id=-"_s;
        QTest::newRow("2004 middle part")
            << true << true << u"B"_s << QString()
            << u"adl.nav.request_valid.continue=true;adl.nav.request_valid.previous=true;"
               "cmi.scaled_passing_score=-"_s;
        QTest::newRow("2004 last part")
            << true << true << u"C"_s << u"A:completed B:completed"_s
            << u"adl.nav.request_valid.continue=false;adl.nav.request_valid.previous=true"_s;
        QTest::newRow("2004 in order only") << true << false << u"B"_s << QString()
                                            << u"adl.nav.request_valid.choice.{target=A}=false;"
                                               "adl.nav.request_valid.choice.{target=C}=false;"
                                               "adl.nav.request_valid.continue=true"_s;
    }

    void hostValues()
    {
        QFETCH(bool, v2004);
        QFETCH(bool, choice);
        QFETCH(QString, item);
        QFETCH(QString, statuses);
        QFETCH(QString, want);
        const ScormSession s = session(v2004, choice);
        ScormSession::Statuses known;
        for (const QString &pair : statuses.split(u' ', Qt::SkipEmptyParts))
            known.insert(pair.section(u':', 0, 0), pair.section(u':', 1));
        const ScormItem *part = s.manifest().item(item);
        QVERIFY(part);
        compareSubset(s.hostValues(*part, u"ana"_s, known), want);
    }

    void launchState_data()
    {
        QTest::addColumn<bool>("v2004");
        QTest::addColumn<bool>("reviewing");
        QTest::addColumn<QJsonObject>("stored");
        QTest::addColumn<QString>("want");
        QTest::newRow("1.2 new attempt")
            << false << false << QJsonObject{}
            << u"cmi.core.lesson_mode=normal;cmi.core.credit=credit;cmi.objectives.0.id=-"_s;
        QTest::newRow("1.2 review")
            << false << true << QJsonObject{{u"cmi.core.lesson_status"_s, u"passed"_s}}
            << u"cmi.core.lesson_mode=review;cmi.core.credit=no-credit;"
               "cmi.core.lesson_status=passed"_s;
        QTest::newRow("stored values win over the host's")
            << false << false
            << QJsonObject{{u"cmi.core.lesson_location"_s, u"p3"_s},
                           {u"cmi.student_data.mastery_score"_s, u"70"_s}}
            << u"cmi.core.lesson_location=p3;cmi.student_data.mastery_score=70"_s;
        QTest::newRow("2004 starts with the manifest's objectives")
            << true << false << QJsonObject{}
            << u"cmi.objectives.0.id=obj-main;cmi.objectives.1.id=obj-extra;cmi.mode=normal"_s;
        QTest::newRow("2004 keeps the objectives it stored")
            << true << false
            << QJsonObject{{u"cmi.objectives.0.id"_s, u"mine"_s},
                           {u"cmi.objectives.0.success_status"_s, u"passed"_s}}
            << u"cmi.objectives.0.id=mine;cmi.objectives.1.id=-"_s;
        QTest::newRow("2004 review")
            << true << true << QJsonObject{}
            << u"cmi.mode=review;cmi.credit=no-credit;cmi.core.lesson_mode=-"_s;
    }

    void launchState()
    {
        QFETCH(bool, v2004);
        QFETCH(bool, reviewing);
        QFETCH(QJsonObject, stored);
        QFETCH(QString, want);
        const ScormSession s = session(v2004);
        const QJsonObject state
            = s.launchState(*s.manifest().item(u"A"_s), u"ana"_s, {}, stored, reviewing, {});
        compareSubset(state, want);
    }

    // A's store 0 and C's store 1 are the same "notes": the newest writer's value is what a part
    // starts with, under the part's own index; a part's own stale copy is replaced.
    void sharedStoresFollowTheNewestWriter_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<qint64>("aAt");
        QTest::addColumn<qint64>("cAt");
        QTest::addColumn<QString>("want");
        QTest::newRow("C reads what A wrote last")
            << u"C"_s << qint64(20) << qint64(10)
            << u"adl.data.0.id=other;adl.data.1.id=notes;adl.data.1.store=from A;"
               "adl.data.0.store=other"_s;
        QTest::newRow("A reads what C wrote last")
            << u"A"_s << qint64(10) << qint64(20)
            << u"adl.data.0.id=notes;adl.data.0.store=from C"_s;
        QTest::newRow("A keeps its own when newer")
            << u"A"_s << qint64(30) << qint64(20)
            << u"adl.data.0.id=notes;adl.data.0.store=from A"_s;
    }

    void sharedStoresFollowTheNewestWriter()
    {
        QFETCH(QString, item);
        QFETCH(qint64, aAt);
        QFETCH(qint64, cAt);
        QFETCH(QString, want);
        const ScormSession s = session(true);
        const QList<ScormAttempt> all{
            attempt(u"A"_s, 1, {{u"adl.data.0.store"_s, u"from A"_s}}, aAt),
            attempt(u"C"_s, 1,
                    {{u"adl.data.1.store"_s, u"from C"_s}, {u"adl.data.0.store"_s, u"other"_s}},
                    cAt),
            attempt(u"GONE"_s, 1, {{u"adl.data.0.store"_s, u"from a removed part"_s}}, 99),
        };
        const ScormAttempt own = item == u"A"_s ? all.at(0) : all.at(1);
        const QJsonObject state
            = s.launchState(*s.manifest().item(item), u"ana"_s, {}, own.data, false, all);
        compareSubset(state, want);
    }

    void statusesOf_data()
    {
        QTest::addColumn<int>("newAttempt");
        QTest::addColumn<QString>("want");
        // Attempts: A 1 passed, A 2 incomplete, B 1 completed, C 2 failed.
        QTest::newRow("the latest attempt of any part") << 0 << u"A:incomplete C:failed"_s;
        QTest::newRow("a new attempt nobody opened yet") << 3 << QString();
        QTest::newRow("an older new attempt changes nothing") << 1 << u"A:incomplete C:failed"_s;
    }

    void statusesOf()
    {
        QFETCH(int, newAttempt);
        QFETCH(QString, want);
        const QList<ScormAttempt> all{
            attempt(u"A"_s, 1, {{u"cmi.core.lesson_status"_s, u"passed"_s}}),
            attempt(u"A"_s, 2, {{u"cmi.core.lesson_status"_s, u"incomplete"_s}}),
            attempt(u"B"_s, 1, {{u"cmi.core.lesson_status"_s, u"completed"_s}}),
            attempt(u"C"_s, 2, {{u"cmi.core.lesson_status"_s, u"failed"_s}}),
        };
        const ScormSession::Statuses statuses = ScormSession::statusesOf(all, newAttempt);
        QStringList got;
        for (auto it = statuses.begin(); it != statuses.end(); ++it)
            got.append(it.key() + u':' + it.value());
        got.sort();
        QCOMPARE(got.join(u' '), want);
    }

    void navigationRequest_data()
    {
        using Kind = ScormSession::Request::Kind;
        QTest::addColumn<bool>("choice");
        QTest::addColumn<QString>("request");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("target");
        QTest::newRow("ended") << true << u"ended"_s << Kind::Ended << QString();
        QTest::newRow("continue") << true << u"continue"_s << Kind::Continue << QString();
        QTest::newRow("previous") << true << u"previous"_s << Kind::Previous << QString();
        QTest::newRow("exit") << true << u"exit"_s << Kind::Close << QString();
        QTest::newRow("exitAll") << true << u"exitAll"_s << Kind::Close << QString();
        QTest::newRow("suspendAll") << true << u"suspendAll"_s << Kind::Close << QString();
        QTest::newRow("abandonAll") << true << u"abandonAll"_s << Kind::Close << QString();
        QTest::newRow("window closed") << true << u"close"_s << Kind::Close << QString();
        QTest::newRow("choice") << true << u"{target=C}choice"_s << Kind::Open << u"C"_s;
        QTest::newRow("choice, in order only")
            << false << u"{target=C}choice"_s << Kind::Ignored << QString();
        QTest::newRow("jump, in order only")
            << false << u"{target=C}jump"_s << Kind::Open << u"C"_s;
        QTest::newRow("choice of no such part")
            << true << u"{target=Z}choice"_s << Kind::Ignored << QString();
        QTest::newRow("unclosed target") << true << u"{target=C"_s << Kind::Ignored << QString();
        QTest::newRow("empty target") << true << u"{target=}choice"_s << Kind::Ignored << QString();
        QTest::newRow("another verb") << true << u"{target=C}start"_s << Kind::Ignored << QString();
        QTest::newRow("nothing") << true << QString() << Kind::Ignored << QString();
        QTest::newRow("_none_") << true << u"_none_"_s << Kind::Ignored << QString();
    }

    void navigationRequest()
    {
        using Kind = ScormSession::Request::Kind;
        QFETCH(bool, choice);
        QFETCH(QString, request);
        QFETCH(Kind, kind);
        QFETCH(QString, target);
        const auto asked = session(true, choice).navigationRequest(request);
        QCOMPARE(asked.kind, kind);
        QCOMPARE(asked.target, target);
    }

    // What the lesson wrote cannot end the script element it is carried in, and the frame's
    // address stays one attribute.
    void playerPageCarriesTheStateSafely()
    {
        const ScormSession s = session(false);
        const ScormItem &a = *s.manifest().item(u"A"_s);
        const QJsonObject state{{u"cmi.suspend_data"_s, u"</script><script>alert(1)"_s}};
        const QByteArray page = s.playerPage(a, 3, state);
        QCOMPARE(page.count("</script>"), 4); // the page's own four script elements
        QVERIFY(page.contains(R"(<\/script><script>alert(1))"));
        QVERIFY(page.contains(R"("attempt":3)"));
        QVERIFY(page.contains(R"("version":"1.2")"));
        QVERIFY(page.contains(R"(src="../lesson/a%20b.html?part=a")"));
        ScormItem quoted = a;
        quoted.launchUrl = u"x.html?q=\"><script>"_s;
        QVERIFY(s.playerPage(quoted, 1, {}).contains(R"(src="../x.html?q=%22><script>")"));
    }
};

QTEST_GUILESS_MAIN(TestScormSession)
#include "tst_scormsession.moc"
