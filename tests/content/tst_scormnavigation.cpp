// The way through a SCORM package as Moodle's player takes it: hidden items (isvisible="false")
// stay out of the flow, SCORM 1.2 aicc_script prerequisites decide what may be opened and what
// Next › reaches, and the end of a part's session leads to the next part or back to the course
// according to the activity's auto-continue setting.

#include "content/scormnavigation.h"
#include "testsupport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

// A 1.2 package (or 2004 with `version2004`): INTRO, a hidden NOTES with a hidden child, a
// module with L1 and L2 (L2 requires L1), and QUIZ that requires both lessons.
QByteArray package(bool version2004 = false)
{
    return uR"(<?xml version="1.0"?>
<manifest identifier="M" xmlns:adlcp="urn:adlnet:adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>%1</schemaversion></metadata>
  <organizations default="O"><organization identifier="O"><title>T</title>
    <item identifier="INTRO" identifierref="R"><title>Intro</title></item>
    <item identifier="NOTES" identifierref="R" isvisible="false"><title>Notes</title>
      <item identifier="NOTES-2" identifierref="R"><title>More notes</title></item>
    </item>
    <item identifier="MODULE"><title>Module</title>
      <item identifier="L1" identifierref="R"><title>Lesson 1</title></item>
      <item identifier="L2" identifierref="R"><title>Lesson 2</title>
        <adlcp:prerequisites type="aicc_script">L1</adlcp:prerequisites></item>
    </item>
    <item identifier="QUIZ" identifierref="R"><title>Quiz</title>
      <adlcp:prerequisites type="aicc_script">L1 &amp; L2</adlcp:prerequisites></item>
  </organization></organizations>
  <resources><resource identifier="R" adlcp:scormtype="sco" href="a.html"/></resources>
</manifest>)"_s.arg(version2004 ? u"2004 3rd Edition"_s : u"1.2"_s)
        .toUtf8();
}

ScormNavigation navigation(bool version2004 = false)
{
    ScormManifestError error;
    const ScormManifest manifest = ScormManifest::parse(package(version2004), &error);
    return ScormNavigation(manifest);
}

using Statuses = ScormNavigation::Statuses;

// "A:completed B:failed" → statuses.
Statuses statuses(const QString &text)
{
    Statuses result;
    for (const QString &pair : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        result.insert(pair.left(colon), pair.mid(colon + 1));
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(ScormNavigation::Action)

class TestScormNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenItemsAreOutOfTheFlow()
    {
        const ScormNavigation nav = navigation();
        // NOTES and the child under it are hidden: Next › never reaches them.
        QCOMPARE(nav.flow(), (QStringList{u"INTRO"_s, u"L1"_s, u"L2"_s, u"QUIZ"_s}));
        QCOMPARE(nav.next(u"INTRO"_s, statuses(u"INTRO:completed L1:passed"_s)), u"L1"_s);
        QVERIFY(!nav.inFlow(u"NOTES-2"_s));
        QCOMPARE(nav.first({}), u"INTRO"_s);
    }

    void prerequisites_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<bool>("met");
        QTest::newRow("empty") << QString() << QString() << true;
        QTest::newRow("completed") << u"A"_s << u"A:completed"_s << true;
        QTest::newRow("passed") << u"A"_s << u"A:passed"_s << true;
        QTest::newRow("incomplete") << u"A"_s << u"A:incomplete"_s << false;
        QTest::newRow("failed") << u"A"_s << u"A:failed"_s << false;
        QTest::newRow("never opened") << u"A"_s << QString() << false;
        QTest::newRow("and") << u"A & B"_s << u"A:completed B:passed"_s << true;
        QTest::newRow("and, one missing") << u"A&B"_s << u"A:completed"_s << false;
        QTest::newRow("or") << u"A | B"_s << u"B:passed"_s << true;
        QTest::newRow("or, neither") << u"A|B"_s << u"A:failed B:incomplete"_s << false;
        QTest::newRow("not") << u"~A"_s << u"A:incomplete"_s << true;
        QTest::newRow("not, done") << u"~A"_s << u"A:completed"_s << false;
        QTest::newRow("and binds tighter than or") << u"A | B & C"_s << u"A:completed"_s << true;
        QTest::newRow("parentheses") << u"(A | B) & C"_s << u"A:completed"_s << false;
        QTest::newRow("parentheses met") << u"(A|B)&C"_s << u"A:completed C:passed"_s << true;
        QTest::newRow("equals full word") << u"A=failed"_s << u"A:failed"_s << true;
        QTest::newRow("equals letter") << u"A = \"f\""_s << u"A:failed"_s << true;
        QTest::newRow("equals, other status") << u"A=passed"_s << u"A:failed"_s << false;
        QTest::newRow("equals not attempted")
            << u"A=not attempted"_s << u"A:notattempted"_s << true;
        QTest::newRow("equals, never opened") << u"A=n"_s << QString() << false;
        QTest::newRow("differs") << u"A<>passed"_s << u"A:incomplete"_s << true;
        QTest::newRow("differs, same") << u"A<>p"_s << u"A:passed"_s << false;
        QTest::newRow("differs, never opened") << u"A<>passed"_s << QString() << false;
        QTest::newRow("set reached") << u"2*{A,B,C}"_s << u"A:completed C:passed"_s << true;
        QTest::newRow("set short") << u"2*{A,B,C}"_s << u"A:completed B:failed"_s << false;
        QTest::newRow("set with spaces") << u"1*{A, B}"_s << u"B:completed"_s << true;
        QTest::newRow("set and item") << u"1*{A,B} & C"_s << u"A:passed C:completed"_s << true;
        QTest::newRow("unreadable: open parenthesis") << u"(A & B"_s << QString() << true;
        QTest::newRow("unreadable: dangling and") << u"A &"_s << QString() << true;
    }

    void prerequisites()
    {
        QFETCH(QString, expression);
        QFETCH(QString, statuses);
        QFETCH(bool, met);
        QCOMPARE(ScormNavigation::prerequisitesMet(expression, ::statuses(statuses)), met);
    }

    void flowFollowsPrerequisites_data()
    {
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QStringList>("available");
        QTest::newRow("nothing done")
            << QString() << u"INTRO"_s << u"L1"_s << QString() << QStringList{u"INTRO"_s, u"L1"_s};
        QTest::newRow("L1 in progress: L2 and the quiz wait")
            << u"L1:incomplete"_s << u"L1"_s << QString() << u"INTRO"_s
            << QStringList{u"INTRO"_s, u"L1"_s};
        QTest::newRow("L1 done") << u"L1:completed"_s << u"L1"_s << u"L2"_s << u"INTRO"_s
                                 << QStringList{u"INTRO"_s, u"L1"_s, u"L2"_s};
        QTest::newRow("both done") << u"L1:passed L2:completed"_s << u"L2"_s << u"QUIZ"_s << u"L1"_s
                                   << QStringList{u"INTRO"_s, u"L1"_s, u"L2"_s, u"QUIZ"_s};
        QTest::newRow("L2 failed: the quiz waits")
            << u"L1:passed L2:failed"_s << u"L2"_s << QString() << u"L1"_s
            << QStringList{u"INTRO"_s, u"L1"_s, u"L2"_s};
        QTest::newRow("from a hidden part") << QString() << u"NOTES"_s << QString() << QString()
                                            << QStringList{u"INTRO"_s, u"L1"_s};
    }

    void flowFollowsPrerequisites()
    {
        QFETCH(QString, statuses);
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, previous);
        QFETCH(QStringList, available);
        const ScormNavigation nav = navigation();
        const Statuses tracked = ::statuses(statuses);
        QCOMPARE(nav.next(current, tracked), next);
        QCOMPARE(nav.previous(current, tracked), previous);
        QStringList open;
        for (const QString &id :
             {u"INTRO"_s, u"NOTES"_s, u"NOTES-2"_s, u"MODULE"_s, u"L1"_s, u"L2"_s, u"QUIZ"_s}) {
            if (nav.isAvailable(id, tracked) && nav.inFlow(id))
                open.append(id);
        }
        QCOMPARE(open, available);
        // A hidden part can still be opened (a lesson may ask for it); a folder cannot.
        QVERIFY(nav.isAvailable(u"NOTES"_s, tracked));
        QVERIFY(!nav.isAvailable(u"MODULE"_s, tracked));
    }

    void scorm2004HasNoPrerequisites()
    {
        const ScormNavigation nav = navigation(true);
        QVERIFY(nav.isAvailable(u"QUIZ"_s, {}));
        QCOMPARE(nav.next(u"L1"_s, {}), u"L2"_s);
    }

    void afterFinish_data()
    {
        QTest::addColumn<bool>("version2004");
        QTest::addColumn<bool>("autoContinue");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<ScormNavigation::Action>("action");
        QTest::addColumn<QString>("target");
        using A = ScormNavigation::Action;
        QTest::newRow("1.2 last part: back to the course")
            << false << false << u"QUIZ"_s << u"L1:passed L2:passed QUIZ:passed"_s << A::Course
            << QString();
        QTest::newRow("1.2 more to come, no auto: stay")
            << false << false << u"INTRO"_s << u"INTRO:completed"_s << A::Stay << QString();
        QTest::newRow("1.2 next part locked, no auto: back to the course")
            << false << false << u"L1"_s << u"L1:incomplete"_s << A::Course << QString();
        QTest::newRow("1.2 auto: the next part")
            << false << true << u"INTRO"_s << u"INTRO:completed"_s << A::Next << u"L1"_s;
        QTest::newRow("1.2 auto, just unlocked")
            << false << true << u"L1"_s << u"L1:completed"_s << A::Next << u"L2"_s;
        QTest::newRow("1.2 auto, last part: back to the course")
            << false << true << u"QUIZ"_s << QString() << A::Course << QString();
        QTest::newRow("2004 no auto: stay")
            << true << false << u"QUIZ"_s << QString() << A::Stay << QString();
        QTest::newRow("2004 auto: the next part")
            << true << true << u"L1"_s << QString() << A::Next << u"L2"_s;
        QTest::newRow("2004 auto, last part: back to the course")
            << true << true << u"QUIZ"_s << QString() << A::Course << QString();
    }

    void afterFinish()
    {
        QFETCH(bool, version2004);
        QFETCH(bool, autoContinue);
        QFETCH(QString, current);
        QFETCH(QString, statuses);
        QFETCH(ScormNavigation::Action, action);
        QFETCH(QString, target);
        const ScormNavigation::Step step
            = navigation(version2004).afterFinish(current, autoContinue, ::statuses(statuses));
        QCOMPARE(step.action, action);
        QCOMPARE(step.target, target);
    }

    void trackedStatus_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("status");
        QTest::newRow("1.2") << uR"({"cmi.core.lesson_status": "passed"})"_s << u"passed"_s;
        QTest::newRow("1.2 not attempted")
            << uR"({"cmi.core.lesson_status": "not attempted"})"_s << u"notattempted"_s;
        QTest::newRow("no status") << uR"({"cmi.suspend_data": "x"})"_s << u"notattempted"_s;
        QTest::newRow("2004 success first")
            << uR"({"cmi.completion_status": "completed", "cmi.success_status": "failed"})"_s
            << u"failed"_s;
        QTest::newRow("2004 completion")
            << uR"({"cmi.completion_status": "completed", "cmi.success_status": "unknown"})"_s
            << u"completed"_s;
    }

    void trackedStatus()
    {
        QFETCH(QString, data);
        QFETCH(QString, status);
        QCOMPARE(ScormNavigation::trackedStatus(QJsonDocument::fromJson(data.toUtf8()).object()),
                 status);
    }
};

QTEST_GUILESS_MAIN(TestScormNavigation)
#include "tst_scormnavigation.moc"
