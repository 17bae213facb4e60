// The site's catalogue from the command line, as a coordinator uses it before a night's sync:
// every course the account may see, by category and by words (the learner's own courses
// included, although the site's search leaves them out); a course taken without enrolment,
// downloaded by clikc sync and kept through later refreshes; self-enrolment, a refusal in the
// site's words, a course the account may not view refused with nothing recorded, and a taken
// course dropped. Against the stand-in site with the recorded catalogue's shapes, in a private
// D-Bus session with its own keyring (support/with-keyring.sh).

#include "fakemoodle.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using clikc::test::FakeFile;
using clikc::test::FakeMoodle;

class TestCliCatalogue : public QObject
{
    Q_OBJECT

    FakeMoodle m_server;
    QTemporaryDir m_dir;
    int m_valuation = 0; // not the coordinator's course; their account may view it
    int m_self = 0;      // offers self-enrolment
    int m_closed = 0;    // self-enrolment closed
    int m_valuationFile = 0;
    QByteArray m_handbook;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(CLIKC_CLI));
        process.setArguments(QStringList{u"--data-dir"_s, m_dir.path() + u"/data"_s} + arguments);
        process.start();
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        // This thread serves the site meanwhile.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    // The catalogue's courses by short name → their JSON.
    QMap<QString, QJsonObject> catalogue(const QStringList &extra = {})
    {
        const Result r = run(QStringList{u"courses"_s, u"--site-catalogue"_s, u"--json"_s} + extra);
        QMap<QString, QJsonObject> courses;
        if (r.exitCode != 0)
            qWarning() << r.err;
        for (const QJsonValue &c : r.json().value(u"courses"_s).toArray())
            courses.insert(c.toObject().value(u"shortName"_s).toString(), c.toObject());
        return courses;
    }
    // The library's courses by the site's id → their JSON.
    QMap<QString, QJsonObject> library()
    {
        const Result r = run({u"library"_s, u"list"_s, u"--json"_s});
        QMap<QString, QJsonObject> courses;
        for (const QJsonValue &c : r.json().value(u"courses"_s).toArray())
            courses.insert(c.toObject().value(u"remoteId"_s).toString(), c.toObject());
        return courses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("CLIKC_KEYRING_HOME").isEmpty())
            QSKIP("run through tests/support/with-keyring.sh");
        m_server.loadFixtureSite(); // LOOP101, the coordinator's own course
        const int procedures = m_server.addCategory(u"Customs procedures"_s);
        m_valuation = m_server.addCourse(u"VAL201"_s, u"Customs valuation"_s,
                                         u"The transaction value method, step by step."_s);
        m_server.setCourseCategory(m_valuation, procedures);
        m_handbook = FakeMoodle::generatedBytes(7, 0, 300'000);
        m_valuationFile = m_server.addResource(
            m_valuation, 1, u"Valuation handbook"_s,
            FakeFile::withContent(u"handbook.pdf"_s, "application/pdf", m_handbook));
        m_self = m_server.addCourse(u"SELF301"_s, u"Self-enrolment course"_s,
                                    u"Open to any officer"_s);
        m_server.addPage(m_self, 1, u"Welcome"_s, u"<p>Welcome</p>"_s);
        m_closed = m_server.addCourse(u"CLOSED401"_s, u"Closed course"_s, u"By invitation"_s);
        m_server.setCourseCategory(m_closed, procedures);
        for (int course : {m_valuation, m_self, m_closed})
            m_server.setEnrolled(course, 3, false);
        m_server.setSelfEnrolment(m_self, true);
        m_server.setSelfEnrolment(m_closed, false);
        m_server.setCanViewAllCourses(3); // a coordinator's account
        QVERIFY(m_server.listen());
        const Result login = run({u"login"_s, u"--site"_s, m_server.baseUrl().toString(),
                                  u"--username"_s, u"student"_s, u"--password-stdin"_s},
                                 "Student-1234\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

    void listsEveryCourseTheAccountMaySee()
    {
        const QMap<QString, QJsonObject> all = catalogue();
        QCOMPARE(all.keys(), (QStringList{u"CLOSED401"_s, u"LOOP101"_s, u"SELF301"_s,
                                          u"VAL201"_s})); // the front page is not a course
        QCOMPARE(all.value(u"LOOP101"_s).value(u"state"_s).toString(), u"enrolled"_s);
        QCOMPARE(all.value(u"VAL201"_s).value(u"state"_s).toString(), u"not_enrolled"_s);
        QCOMPARE(all.value(u"VAL201"_s).value(u"category"_s).toString(), u"Customs procedures"_s);
        QVERIFY(all.value(u"SELF301"_s).value(u"selfEnrolment"_s).toBool());
        QVERIFY(!all.value(u"VAL201"_s).value(u"selfEnrolment"_s).toBool());

        const Result r = run({u"courses"_s, u"--site-catalogue"_s, u"--json"_s});
        const QJsonArray categories = r.json().value(u"categories"_s).toArray();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories.at(1).toObject().value(u"name"_s).toString(), u"Customs procedures"_s);
        QCOMPARE(categories.at(1).toObject().value(u"courses"_s).toInt(), 2);

        QCOMPARE(catalogue({u"--category"_s, u"2"_s}).keys(),
                 (QStringList{u"CLOSED401"_s, u"VAL201"_s}));
        // The site's search: the words in any order and case.
        QCOMPARE(catalogue({u"--search"_s, u"METHOD transaction"_s}).keys(),
                 QStringList{u"VAL201"_s});
        // The site leaves the learner's own courses out of a search; they are found all the same.
        m_server.resetCounters();
        QCOMPARE(catalogue({u"--search"_s, u"loopback"_s}).keys(), QStringList{u"LOOP101"_s});
        QCOMPARE(m_server.requestCount(u"core_course_search_courses"_s), 1);
        QCOMPARE(catalogue({u"--search"_s, u"course"_s, u"--category"_s, u"1"_s}).keys(),
                 (QStringList{u"LOOP101"_s, u"SELF301"_s}));

        // For a person: a table, each course's state in words.
        const Result table = run({u"courses"_s, u"--site-catalogue"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("Customs valuation"), table.out.constData());
        QVERIFY(table.out.contains("Self-enrolment offered"));
        QVERIFY(table.out.contains("Enrolled"));
        const Result none = run({u"courses"_s, u"--site-catalogue"_s, u"--search"_s, u"zebra"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("No course of the site matches “zebra”."));
        // Wrong usage is refused before anything is asked.
        const Result wrong = run({u"courses"_s, u"--search"_s, u"x"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("--search goes with --site-catalogue"));
        QCOMPARE(run({u"courses"_s, u"--site-catalogue"_s, u"--add"_s, u"3"_s}).exitCode, 2);
        QCOMPARE(run({u"courses"_s, u"--site-catalogue"_s, u"--category"_s, u"x"_s}).exitCode, 2);
    }

    // A course the coordinator may view is taken without enrolment, downloaded, and stays theirs
    // through later refreshes; the site still does not count them as enrolled.
    void takesACourseWithoutEnrolment()
    {
        QVERIFY(!library().contains(QString::number(m_valuation)));
        m_server.resetCounters();
        const Result taken = run({u"courses"_s, u"--add"_s, u"VAL201"_s, u"--json"_s});
        QVERIFY2(taken.exitCode == 0, taken.err.constData());
        // That course's structure only, not every course of the learner again.
        QCOMPARE(m_server.requestCount(u"core_course_get_contents"_s), 1);
        const QJsonObject change = taken.json().value(u"changes"_s).toArray().first().toObject();
        QCOMPARE(change.value(u"action"_s).toString(), u"add"_s);
        QVERIFY(change.value(u"done"_s).toBool());
        QVERIFY(library().contains(QString::number(m_valuation)));
        QVERIFY(!m_server.isEnrolled(m_valuation));
        QCOMPARE(catalogue().value(u"VAL201"_s).value(u"state"_s).toString(), u"taken"_s);

        const Result sync = run({u"sync"_s, u"--course"_s, u"VAL201"_s, u"--json"_s});
        QVERIFY2(sync.exitCode == 0, sync.out.constData());
        QCOMPARE(m_server.fileBytesSent(m_valuationFile), qint64(m_handbook.size()));
        const QJsonObject course = library().value(QString::number(m_valuation));
        QCOMPARE(course.value(u"state"_s).toString(), u"on_this_machine"_s);

        // A later refresh of the learner's courses keeps it (the site does not list it as theirs).
        const Result refreshed = run({u"courses"_s, u"--json"_s});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        QVERIFY(library().contains(QString::number(m_valuation)));
        // The site withdraws its catalogue from the service: the catalogue says so in words,
        // and the learner's courses still refresh, the taken one kept as it is.
        m_server.setFunctionEnabled(u"core_course_get_courses_by_field"_s, false);
        const Result closed = run({u"courses"_s, u"--site-catalogue"_s});
        QCOMPARE(closed.exitCode, 1);
        QVERIFY2(closed.err.contains("does not let your account browse its catalogue"),
                 closed.err.constData());
        const Result stillRefreshed = run({u"courses"_s, u"--json"_s});
        QVERIFY2(stillRefreshed.exitCode == 0, stillRefreshed.err.constData());
        QVERIFY(stillRefreshed.json().value(u"refreshed"_s).toBool());
        QCOMPARE(library().value(QString::number(m_valuation)).value(u"state"_s).toString(),
                 u"on_this_machine"_s);
        m_server.setFunctionEnabled(u"core_course_get_courses_by_field"_s, true);

        // Already theirs: nothing asked of the site.
        m_server.resetCounters();
        const Result again = run({u"courses"_s, u"--add"_s, u"LOOP101"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("is already one of your courses"));
    }

    void selfEnrolsWhereTheCourseOffersIt()
    {
        const Result enrolled = run({u"courses"_s, u"--enrol"_s, u"SELF301"_s});
        QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
        QVERIFY(enrolled.out.contains("You are enrolled in Self-enrolment course"));
        QVERIFY(m_server.isEnrolled(m_self));
        QVERIFY(library().contains(QString::number(m_self)));
        QCOMPARE(catalogue().value(u"SELF301"_s).value(u"state"_s).toString(), u"enrolled"_s);
        // Tonight's sync of everything takes it with the rest.
        const Result sync = run({u"sync"_s, u"--all"_s, u"--json"_s});
        QVERIFY2(sync.exitCode == 0, sync.out.constData());
        QCOMPARE(library().value(QString::number(m_self)).value(u"state"_s).toString(),
                 u"on_this_machine"_s);
        // Again: already enrolled, said without asking the site to enrol them twice.
        m_server.resetCounters();
        const Result again = run({u"courses"_s, u"--enrol"_s, u"SELF301"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("You are already enrolled in Self-enrolment course"));
        QCOMPARE(m_server.requestCount(u"enrol_self_enrol_user"_s), 0);

        // A closed self-enrolment: refused in the site's words, nothing recorded.
        const Result closed = run({u"courses"_s, u"--enrol"_s, u"CLOSED401"_s, u"--json"_s});
        QCOMPARE(closed.exitCode, 1);
        QCOMPARE(closed.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"enrolment_refused"_s);
        QVERIFY2(closed.err.contains("did not let you enrol yourself"), closed.err.constData());
        QVERIFY(!m_server.isEnrolled(m_closed));
        QVERIFY(!library().contains(QString::number(m_closed)));
        // The site's own refusal once enrolled (self_enrol_again.json) reads the same way.
        m_server.setSelfEnrolment(m_closed, true);
        m_server.setEnrolled(m_closed, 3, true);
        // (Listed as theirs now, so the command says so; the refusal is the site's answer.)
        QCOMPARE(run({u"courses"_s, u"--enrol"_s, u"CLOSED401"_s}).exitCode, 0);
        m_server.setEnrolled(m_closed, 3, false);
        m_server.setSelfEnrolment(m_closed, false);
    }

    // An account that may not view a course cannot take it: the site's refusal, and nothing is
    // recorded; a course whose viewing is taken away leaves the learner's courses at the next
    // refresh, and the others still come.
    void aCourseTheAccountMayNotViewIsRefused()
    {
        m_server.setCanViewAllCourses(3, false);
        const Result refused = run({u"courses"_s, u"--add"_s, u"CLOSED401"_s, u"--json"_s});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"access_denied"_s);
        QVERIFY(!library().contains(QString::number(m_closed)));
        QCOMPARE(catalogue().value(u"CLOSED401"_s).value(u"state"_s).toString(), u"not_enrolled"_s);
        const Result unknown = run({u"courses"_s, u"--add"_s, u"NOPE"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("The site's catalogue has no course “NOPE”"));

        // VAL201 was taken while it could be viewed; now it cannot.
        const Result refreshed = run({u"courses"_s, u"--json"_s});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        QVERIFY(!library().contains(QString::number(m_valuation)));
        QVERIFY(library().contains(u"2"_s));
        // Viewable again: it comes back with what it held (taken courses are remembered).
        m_server.setCanViewAllCourses(3, true);
        QCOMPARE(run({u"courses"_s}).exitCode, 0);
        QCOMPARE(library().value(QString::number(m_valuation)).value(u"state"_s).toString(),
                 u"on_this_machine"_s);
    }

    void dropsATakenCourse()
    {
        const Result dropped = run({u"courses"_s, u"--drop"_s, u"VAL201"_s});
        QVERIFY2(dropped.exitCode == 0, dropped.err.constData());
        QVERIFY(dropped.out.contains("is no longer among your courses"));
        QVERIFY(!library().contains(QString::number(m_valuation)));
        QCOMPARE(run({u"courses"_s}).exitCode, 0);
        QVERIFY(!library().contains(QString::number(m_valuation)));
        QCOMPARE(catalogue().value(u"VAL201"_s).value(u"state"_s).toString(), u"not_enrolled"_s);
    }

    // The words the learner reads come in their language.
    void speaksTheLearnersLanguage()
    {
        QProcessEnvironment french = QProcessEnvironment::systemEnvironment();
        QProcess process;
        french.insert(u"LANGUAGE"_s, u"fr"_s);
        french.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
        french.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
        process.setProcessEnvironment(french);
        process.setProgram(QStringLiteral(CLIKC_CLI));
        process.setArguments(
            {u"--data-dir"_s, m_dir.path() + u"/data"_s, u"courses"_s, u"--site-catalogue"_s});
        process.start();
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u"Inscription libre proposée"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliCatalogue)
#include "tst_clicatalogue.moc"
