// Learners sharing one library (a training centre's workstation), below the window: their PIN or
// passphrase kept only as an Argon2id hash and checked with a growing delay that survives a
// restart; each learner's site courses visible to them alone; their own player settings; and the
// workstation's settings, where an administrator's machine-wide file wins and cannot be changed.

#include "connector/moodleconnector.h" // waitFor
#include "settings/settings.h"
#include "settings/workstation.h"
#include "testsupport.h"
#include "util/learnersecret.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

// Two site courses, as a sign-in would have fetched them.
QList<Course> siteCourses(const QStringList &remoteIds)
{
    QList<Course> courses;
    for (const QString &remoteId : remoteIds) {
        Course course;
        course.remoteId = remoteId;
        course.shortName = u"C"_s + remoteId;
        course.title = LocalizedText(u"Course "_s + remoteId);
        courses.append(course);
    }
    return courses;
}

QStringList titlesOf(const QList<CourseSummary> &summaries)
{
    QStringList titles;
    for (const CourseSummary &summary : summaries)
        titles.append(summary.title.text(u"en"_s));
    titles.sort();
    return titles;
}

} // namespace

class TestLearners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsAreArgon2idHashes()
    {
        const QString hash = learnersecret::hash(u"2468"_s);
        QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
        QVERIFY(!hash.contains(u"2468"_s));
        // Salted: the same PIN twice gives two hashes, both right.
        const QString again = learnersecret::hash(u"2468"_s);
        QVERIFY(again != hash);
        QVERIFY(learnersecret::verify(hash, u"2468"_s));
        QVERIFY(learnersecret::verify(again, u"2468"_s));
        QVERIFY(!learnersecret::verify(hash, u"2469"_s));
        QVERIFY(!learnersecret::verify(hash, QString()));
        QVERIFY(!learnersecret::verify(u"2468"_s, u"2468"_s)); // not a hash: never right
        QVERIFY(!learnersecret::verify(QString(), QString()));
        // A passphrase with any characters.
        const QString phrase = u"Douane – frontière ñ 2024"_s;
        QVERIFY(learnersecret::verify(learnersecret::hash(phrase), phrase));
    }

    void secretLengthAndDelays()
    {
        QVERIFY(!learnersecret::acceptable(u"123"_s));
        QVERIFY(learnersecret::acceptable(u"1234"_s));
        QVERIFY(learnersecret::acceptable(QString(128, u'x')));
        QVERIFY(!learnersecret::acceptable(QString(129, u'x')));
        QVERIFY(!learnersecret::acceptable(u"    "_s)); // blanks only
        QCOMPARE(learnersecret::delayAfterMs(0), 0);
        QCOMPARE(learnersecret::delayAfterMs(1), 0);
        QCOMPARE(learnersecret::delayAfterMs(2), 0);
        QCOMPARE(learnersecret::delayAfterMs(3), 1000);
        QCOMPARE(learnersecret::delayAfterMs(4), 2000);
        QCOMPARE(learnersecret::delayAfterMs(5), 4000);
        QCOMPARE(learnersecret::delayAfterMs(12), 5 * 60 * 1000);
        QCOMPARE(learnersecret::delayAfterMs(1000), 5 * 60 * 1000);
    }

    // Wrong tries are counted in the library: a restart neither forgets them nor shortens the
    // delay; the right secret resets the count. The secret itself is nowhere in the file.
    void unlockDelaySurvivesARestart()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        const qint64 id = waitFor(lib.accountRecords().addLearner(u"Chidi Okafor"_s)).id;
        QVERIFY(id > 0);
        const QString phrase = u"green-customs-lantern"_s;
        // Too short: refused, nothing kept.
        const LibraryError refused = waitFor(lib.accountRecords().setLearnerSecret(id, u"12"_s));
        QCOMPARE(refused.code, LibraryError::Code::InvalidSecret);
        QVERIFY(!waitFor(lib.accountRecords().learner(id))->hasSecret);
        QVERIFY(waitFor(lib.accountRecords().setLearnerSecret(id, phrase)).ok());
        QVERIFY(waitFor(lib.accountRecords().learner(id))->hasSecret);

        using Outcome = AccountRecords::Unlock::Outcome;
        const qint64 now = 1'900'000'000'000;
        for (int i = 1; i <= 3; ++i) {
            const auto wrong = waitFor(lib.accountRecords().unlockLearner(id, u"nope"_s, now));
            QCOMPARE(wrong.outcome, Outcome::Wrong);
            QCOMPARE(wrong.failures, i);
            QCOMPARE(wrong.waitMs, learnersecret::delayAfterMs(i));
        }
        QVERIFY(lib.restart());
        // Within the second: not even checked, right or not.
        const auto early = waitFor(lib.accountRecords().unlockLearner(id, phrase, now + 400));
        QCOMPARE(early.outcome, Outcome::TooSoon);
        QCOMPARE(early.waitMs, 600);
        const auto fourth = waitFor(lib.accountRecords().unlockLearner(id, u"nope"_s, now + 1000));
        QCOMPARE(fourth.outcome, Outcome::Wrong);
        QCOMPARE(fourth.waitMs, 2000);
        const auto right = waitFor(lib.accountRecords().unlockLearner(id, phrase, now + 3000));
        QCOMPARE(right.outcome, Outcome::Unlocked);
        QCOMPARE(right.learner.id, id);
        QCOMPARE(right.learner.name, u"Chidi Okafor"_s);
        const auto next = waitFor(lib.accountRecords().unlockLearner(id, u"nope"_s, now + 3001));
        QCOMPARE(next.failures, 1);
        QCOMPARE(next.waitMs, 0);
        // Unknown learner: failed, nothing opened.
        const auto nobody = waitFor(lib.accountRecords().unlockLearner(9999, phrase, now));
        QCOMPARE(nobody.outcome, Outcome::Failed);

        lib.close();
        for (const QString &name : QDir(lib.dataDir()).entryList(QDir::Files)) {
            QFile file(lib.dataDir() + u'/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(phrase.toUtf8()), qPrintable(name));
        }
    }

    // A learner's site courses are theirs: another learner of the same library sees the sample
    // and mirrored courses, never those; content stays while anyone still lists the course.
    void siteCoursesAreTheLearnersOwn()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(waitFor(lib.maintenance().importSampleIfFirstStart(AppContext::sampleMirrorRoot()))
                    .ok());
        AccountRecords &records = lib.accountRecords();
        const qint64 amina = waitFor(records.addLearner(u"Amina"_s)).id;
        const qint64 bruno = waitFor(records.addLearner(u"Bruno"_s)).id;
        Source site;
        site.kind = SourceKind::Moodle;
        site.remoteId = u"https://clikc.example.org"_s;
        site.baseUrl = u"https://clikc.example.org"_s;
        site.title = u"CLiKC!"_s;
        const qint64 source = waitFor(records.recordSignIn(amina, site, u"amina"_s, 41));
        QVERIFY(source > 0);
        QCOMPARE(waitFor(records.recordSignIn(bruno, site, u"bruno"_s, 42)), source);
        QVERIFY(
            waitFor(records.saveRemoteCourses(amina, source, siteCourses({u"7"_s, u"8"_s}))).ok());
        QVERIFY(waitFor(records.saveRemoteCourses(bruno, source, siteCourses({u"8"_s}))).ok());

        const QStringList sample = titlesOf(waitFor(lib.courseQueries().courses(1)));
        QVERIFY(!sample.isEmpty());
        QVERIFY(!sample.join(u'|').contains(u"Course "_s));
        const QStringList aminas = titlesOf(waitFor(lib.courseQueries().courses(amina)));
        QVERIFY2(aminas.contains(u"Course 7"_s) && aminas.contains(u"Course 8"_s),
                 qPrintable(aminas.join(u'|')));
        const QStringList brunos = titlesOf(waitFor(lib.courseQueries().courses(bruno)));
        QVERIFY2(!brunos.contains(u"Course 7"_s) && brunos.contains(u"Course 8"_s),
                 qPrintable(brunos.join(u'|')));
        QVERIFY(!titlesOf(waitFor(lib.courseQueries().courses(1))).contains(u"Course 8"_s));

        // Amina's list changes on the site: 7 is gone from her list, and from nobody else's.
        QVERIFY(waitFor(records.saveRemoteCourses(amina, source, siteCourses({u"8"_s}))).ok());
        QVERIFY(!titlesOf(waitFor(lib.courseQueries().courses(amina))).contains(u"Course 7"_s));
        QVERIFY(titlesOf(waitFor(lib.courseQueries().courses(bruno))).contains(u"Course 8"_s));
        // After a restart, the same.
        QVERIFY(lib.restart());
        QVERIFY(!titlesOf(waitFor(lib.courseQueries().courses(bruno))).contains(u"Course 7"_s));
        QVERIFY(titlesOf(waitFor(lib.courseQueries().courses(amina))).contains(u"Course 8"_s));
    }

    // A removed learner's id is never given again: what a crash may have left of them outside
    // the database (a keychain entry, a settings group) cannot become a newcomer's.
    void removedLearnersIdsAreNotReused()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        AccountRecords &records = lib.accountRecords();
        const qint64 amina = waitFor(records.addLearner(u"Amina"_s)).id;
        QVERIFY(amina > 1);
        QVERIFY(waitFor(records.removeLearner(amina)).ok());
        const qint64 bruno = waitFor(records.addLearner(u"Bruno"_s)).id;
        QCOMPARE(bruno, amina + 1);
        QVERIFY(lib.restart());
        QVERIFY(waitFor(lib.accountRecords().removeLearner(bruno)).ok());
        QCOMPARE(waitFor(lib.accountRecords().addLearner(u"Chidi"_s)).id, bruno + 1);
        // A name taken: nothing added, no id spent on it either.
        QVERIFY(waitFor(lib.accountRecords().addLearner(u"Chidi"_s)).error.isError());
        QCOMPARE(waitFor(lib.accountRecords().addLearner(u"Dina"_s)).id, bruno + 2);
    }

    // A learner added with a CLiKC! account is named by the site at their first sign-in (as is
    // a new library's "local"); one who chose their name keeps it.
    void theSiteNamesAccountLearners()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        AccountRecords &records = lib.accountRecords();
        const auto first = waitFor(records.addLearner(QString(), true));
        QVERIFY(first.error.ok());
        QCOMPARE(waitFor(records.learner(first.id))->name, u"New learner 1"_s);
        const auto second = waitFor(records.addLearner(QString(), true));
        QCOMPARE(waitFor(records.learner(second.id))->name, u"New learner 2"_s);
        const qint64 bruno = waitFor(records.addLearner(u"Bruno"_s)).id;
        QVERIFY(waitFor(records.addLearner(QString(), false)).error.isError()); // a name is needed

        Source site;
        site.kind = SourceKind::Moodle;
        site.remoteId = u"https://clikc.example.org"_s;
        site.baseUrl = site.remoteId;
        site.title = u"CLiKC!"_s;
        QVERIFY(waitFor(records.recordSignIn(first.id, site, u"adiallo"_s, 41, u"Amina Diallo"_s)));
        QCOMPARE(waitFor(records.learner(first.id))->name, u"Amina Diallo"_s);
        // Another officer of the same name: told apart by user name.
        QVERIFY(
            waitFor(records.recordSignIn(second.id, site, u"adiallo2"_s, 42, u"Amina Diallo"_s)));
        QCOMPARE(waitFor(records.learner(second.id))->name, u"Amina Diallo (adiallo2)"_s);
        // Named once: a later sign-in with another full name changes nothing.
        QVERIFY(waitFor(records.recordSignIn(first.id, site, u"adiallo"_s, 41, u"A. Diallo"_s)));
        QCOMPARE(waitFor(records.learner(first.id))->name, u"Amina Diallo"_s);
        QVERIFY(waitFor(records.recordSignIn(bruno, site, u"bcosta"_s, 43, u"Bruno Costa"_s)));
        QCOMPARE(waitFor(records.learner(bruno))->name, u"Bruno"_s);
        // The library's first learner, "local", takes the site's name too.
        QVERIFY(waitFor(records.recordSignIn(1, site, u"cokafor"_s, 44, u"Chidi Okafor"_s)));
        QCOMPARE(waitFor(records.learner(1))->name, u"Chidi Okafor"_s);
    }

    // Player settings are each learner's; removing a learner's leaves the others'.
    void playerSettingsPerLearner()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        settings.setLearner(1);
        settings.setVolume(80);
        settings.setLearner(2);
        QCOMPARE(settings.volume(), Settings(dir.path()).volume()); // learner 2: the default
        settings.setVolume(20);
        QCOMPARE(settings.volume(), 20);
        settings.setLearner(1);
        QCOMPARE(settings.volume(), 80);
        settings.forgetLearner(2);
        settings.setLearner(2);
        QCOMPARE(settings.volume(), Settings(dir.path()).volume());
        settings.setLearner(1);
        QCOMPARE(settings.volume(), 80);
    }

    // The manager's choices are kept with the library; the administrator's file wins, cannot be
    // changed from here, and a value in a form it does not document is ignored.
    void workstationSettings()
    {
        QTemporaryDir dir;
        const QString admin = dir.filePath(u"workstation.ini"_s);
        {
            Workstation defaults(dir.path(), admin);
            QCOMPARE(defaults.sharedMode(), false);
            QCOMPARE(defaults.inactivityMinutes(), 10);
            QCOMPARE(defaults.learnersMayAdd(), true);
            QCOMPARE(defaults.pinRequired(), false);
            QCOMPARE(defaults.defaultLanguage(), QString());
            QVERIFY(defaults.set(Workstation::Key::InactivityMinutes, 25));
            QVERIFY(defaults.set(Workstation::Key::DefaultLanguage, u"es"_s));
            QVERIFY(!defaults.set(Workstation::Key::InactivityMinutes, 0));
            QVERIFY(!defaults.set(Workstation::Key::InactivityMinutes, 241));
            QVERIFY(!defaults.set(Workstation::Key::DefaultLanguage, u"de"_s));
            QVERIFY(!defaults.set(Workstation::Key::Site, u"ftp://example.org"_s));
        }
        QCOMPARE(Workstation(dir.path(), admin).inactivityMinutes(), 25);
        QCOMPARE(Workstation(dir.path(), admin).defaultLanguage(), u"es"_s);

        QFile file(admin);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // As the README shows it, with comments.
        file.write("[workstation]\nshared_mode = true            ; open on the tiles\n"
                   "inactivity_minutes = 5\npin_required = maybe\ndefault_language = fr\n");
        file.close();
        Workstation centre(dir.path(), admin);
        QCOMPARE(centre.sharedMode(), true);
        QVERIFY(centre.setByAdministrator(Workstation::Key::SharedMode));
        QCOMPARE(centre.inactivityMinutes(), 5);
        QCOMPARE(centre.defaultLanguage(), u"fr"_s);
        // "maybe" is not documented: as if absent, and the manager may set it.
        QVERIFY(!centre.setByAdministrator(Workstation::Key::PinRequired));
        QCOMPARE(centre.pinRequired(), false);
        QVERIFY(centre.set(Workstation::Key::PinRequired, true));
        QCOMPARE(centre.pinRequired(), true);
        // The administrator's values cannot be changed here, and the file is left as it was.
        QVERIFY(!centre.set(Workstation::Key::InactivityMinutes, 30));
        QVERIFY(!centre.set(Workstation::Key::SharedMode, false));
        QCOMPARE(centre.inactivityMinutes(), 5);
        QSettings written(admin, QSettings::IniFormat);
        QCOMPARE(written.value(u"workstation/inactivity_minutes"_s).toString(), u"5"_s);
        QCOMPARE(written.allKeys().size(), 4);

        // The manager's PIN as an administrator copies it, unquoted (its commas are not a list).
        const QString hash = learnersecret::hash(u"8642"_s);
        QVERIFY(hash.contains(u','));
        QVERIFY(file.open(QIODevice::Append));
        file.write("manager_pin_hash = " + hash.toLatin1() + "  ; the centre's\n");
        file.close();
        centre.reloadAdminFile();
        QVERIFY(centre.setByAdministrator(Workstation::Key::ManagerPinHash));
        QCOMPARE(centre.managerPinHash(), hash);
        QVERIFY(centre.verifyManagerPin(u"8642"_s).result());
        QVERIFY(!centre.verifyManagerPin(u"2468"_s).result());
        QVERIFY(!centre.set(Workstation::Key::ManagerPinHash, learnersecret::hash(u"1111"_s)));
        // Wrong tries wait, kept with the library's settings.
        const qint64 now = 1'900'000'000'000;
        QCOMPARE(centre.recordManagerTry(false, now), 0);
        QCOMPARE(centre.recordManagerTry(false, now), 0);
        QCOMPARE(centre.recordManagerTry(false, now), 1000);
        QCOMPARE(Workstation(dir.path(), admin).managerWaitMs(now + 400), 600);
        QCOMPARE(centre.recordManagerTry(true, now + 1000), 0);
        QCOMPARE(centre.managerWaitMs(now + 1000), 0);
    }
};

QTEST_GUILESS_MAIN(TestLearners)
#include "tst_learners.moc"
