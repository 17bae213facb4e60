// imsmanifest.xml parsing: SCORM 1.2 and 2004 (2nd–4th editions) manifests from
// tests/data/scorm/ give the right version, organization, item tree, launch URLs and per-item
// data; manifests that are not XML, miss a resource or point outside the package are refused.

#include "content/scormmanifest.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

// Manifests are kept out of the test class: moc misreads "//" inside raw strings there.
ScormManifest readData(const QString &name, ScormManifestError *error)
{
    return ScormManifest::read(QStringLiteral(CLIKC_TEST_DATA "/scorm/") + name, error);
}

// A namespace-less manifest with one item opening `href` (with xml:base values if given).
QByteArray oneItemManifest(const QString &href, const QString &resourcesBase = {})
{
    QString xml = uR"(<?xml version="1.0"?>
<manifest identifier="M">
  <organizations><organization identifier="O"><title>T</title>
    <item identifier="I" identifierref="R"><title>One</title></item>
  </organization></organizations>
  <resources %1><resource identifier="R" scormtype="sco" href="%2"/></resources>
</manifest>)"_s;
    const QString base = resourcesBase.isNull()
                             ? QString()
                             : u"xml:base=\"%1\""_s.arg(resourcesBase.toHtmlEscaped());
    return xml.arg(base, href.toHtmlEscaped()).toUtf8();
}

QByteArray versionedManifest(const QString &schemaVersion)
{
    return uR"(<?xml version="1.0"?>
<manifest identifier="M">
  <metadata><schema>ADL SCORM</schema><schemaversion>%1</schemaversion></metadata>
  <organizations><organization identifier="O"><title>T</title>
    <item identifier="I" identifierref="R"><title>One</title></item>
  </organization></organizations>
  <resources><resource identifier="R" href="a.html"/></resources>
</manifest>)"_s.arg(schemaVersion)
        .toUtf8();
}

const QByteArray kNothingToLaunch = R"(<?xml version="1.0"?>
<manifest identifier="M">
  <organizations default="O">
    <organization identifier="O"><title>Empty</title>
      <item identifier="FOLDER"><title>Just a folder</title></item>
    </organization>
  </organizations>
  <resources/>
</manifest>)";

const QByteArray kFallbackOrganization = R"(<?xml version="1.0"?>
<manifest identifier="M">
  <organizations default="EMPTY">
    <organization identifier="EMPTY"><title>Empty</title></organization>
    <organization identifier="REAL"><title>Real</title>
      <item identifier="I" identifierref="R"><title>One</title></item>
    </organization>
  </organizations>
  <resources><resource identifier="R" href="a.html"/></resources>
</manifest>)";

// A package without organizations (<organizations/>, or none at all): Moodle plays its resources.
QByteArray resourcesOnly(const QString &organizations)
{
    return uR"(<?xml version="1.0"?>
<manifest identifier="M" xmlns:adlcp="urn:adlnet:adlcp_rootv1p2">
  %1
  <resources>
    <resource identifier="START" adlcp:scormtype="sco" href="start.html"><file href="start.html"/></resource>
    <resource identifier="SHARED" adlcp:scormtype="asset"><file href="lib.js"/></resource>
    <resource identifier="NOTES" adlcp:scormtype="asset" href="notes/index.html"/>
  </resources>
</manifest>)"_s.arg(organizations)
        .toUtf8();
}

const QByteArray kNoFileToOpen = R"(<?xml version="1.0"?>
<manifest identifier="M"><organizations/>
  <resources><resource identifier="LIB" type="webcontent"><file href="lib.js"/></resource></resources>
</manifest>)";

// One 1.2 item with the given adlcp:prerequisites element.
QByteArray withPrerequisites(const QString &element)
{
    return uR"(<?xml version="1.0"?>
<manifest identifier="M" xmlns:adlcp="urn:adlnet:adlcp_rootv1p2">
  <organizations><organization identifier="O"><title>T</title>
    <item identifier="A" identifierref="R"><title>A</title></item>
    <item identifier="B" identifierref="R"><title>B</title>%1</item>
  </organization></organizations>
  <resources><resource identifier="R" adlcp:scormtype="sco" href="a.html"/></resources>
</manifest>)"_s.arg(element)
        .toUtf8();
}

QStringList ids(const QList<ScormItem> &items)
{
    QStringList result;
    for (const ScormItem &item : items)
        result.append(item.identifier);
    return result;
}

QStringList urls(const QList<ScormItem> &items)
{
    QStringList result;
    for (const ScormItem &item : items)
        result.append(item.launchUrl);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(ScormVersion)

class TestScormManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsManifests_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ScormVersion>("version");
        QTest::addColumn<int>("edition");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("launchIds");
        QTest::addColumn<QStringList>("launchUrls");

        QTest::newRow("1.2 single SCO")
            << u"scorm12-single.xml"_s << ScormVersion::Scorm12 << 0 << u"ORG-1"_s
            << u"Customs Valuation"_s << QStringList{u"ITEM-1"_s}
            << QStringList{u"index_lms.html"_s};
        QTest::newRow("1.2 nested")
            << u"scorm12-multi.xml"_s << ScormVersion::Scorm12 << 0 << u"HS"_s
            << u"Harmonized System"_s
            << QStringList{u"INTRO"_s, u"M1-L1"_s, u"M1-L2"_s, u"M1-GLOSSARY"_s, u"M2-L1"_s}
            << QStringList{u"intro/index.html?lang=fr"_s, u"sco/lesson%201.html?chapter=1"_s,
                           u"sco/player.html?course=hs&page=2"_s, u"glossary.html#top"_s,
                           u"sco/player.html?step=3#start"_s};
        QTest::newRow("2004 3rd, xml:base")
            << u"scorm2004-3rd.xml"_s << ScormVersion::Scorm2004 << 3 << u"ROO"_s
            << u"Rules of Origin"_s << QStringList{u"ROO-1"_s, u"ROO-2"_s, u"ROO-3"_s}
            << QStringList{u"course/content/sco1/index.html"_s, u"course/content/sco2/start.html"_s,
                           u"course/content/sco2/quiz.html"_s};
        QTest::newRow("2004 4th, odd prefixes, default organization")
            << u"scorm2004-4th.xml"_s << ScormVersion::Scorm2004 << 4 << u"FULL"_s
            << u"Tariff (full)"_s << QStringList{u"F-1"_s, u"F-2"_s, u"F-3"_s}
            << QStringList{u"ch1/index.html"_s, u"ch2/index.html"_s, u"ch2/index.html"_s};
        QTest::newRow("no namespaces")
            << u"no-namespaces.xml"_s << ScormVersion::Scorm12 << 0 << u"O"_s << u"Plain package"_s
            << QStringList{u"I-1"_s, u"I-2"_s} << QStringList{u"one.html"_s, u"two.html"_s};
        QTest::newRow("undeclared prefix")
            << u"undeclared-prefix.xml"_s << ScormVersion::Scorm2004 << 2 << u"O"_s << u"Sloppy"_s
            << QStringList{u"I-1"_s} << QStringList{u"index.html"_s};
        QTest::newRow("no schemaversion, sub-manifest")
            << u"no-schemaversion-2004.xml"_s << ScormVersion::Scorm2004 << 4 << u"O"_s
            << u"Guess"_s << QStringList{u"I-1"_s} << QStringList{u"a.html"_s};
    }

    void readsManifests()
    {
        QFETCH(QString, file);
        QFETCH(ScormVersion, version);
        QFETCH(int, edition);
        QFETCH(QString, organization);
        QFETCH(QString, title);
        QFETCH(QStringList, launchIds);
        QFETCH(QStringList, launchUrls);

        ScormManifestError error;
        const ScormManifest manifest = readData(file, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message() + u' ' + error.detail));
        QCOMPARE(manifest.version, version);
        QCOMPARE(manifest.edition, edition);
        QCOMPARE(manifest.organizationId, organization);
        QCOMPARE(manifest.title, title);
        const QList<ScormItem> launchable = manifest.launchableItems();
        QCOMPARE(ids(launchable), launchIds);
        QCOMPARE(urls(launchable), launchUrls);
        for (const ScormItem &item : launchable) {
            QVERIFY(item.children.isEmpty());
            QCOMPARE(manifest.item(item.identifier)->launchUrl, item.launchUrl);
        }
    }

    void scorm12ItemData()
    {
        ScormManifestError error;
        const ScormManifest single = readData(u"scorm12-single.xml"_s, &error);
        QVERIFY(!error.isError());
        const ScormItem *only = single.item(u"ITEM-1"_s);
        QVERIFY(only);
        QCOMPARE(only->title, u"Customs Valuation: the basics"_s);
        QCOMPARE(only->scormType, ScormType::Sco);
        QCOMPARE(only->resourceId, u"RES-1"_s);
        QCOMPARE(only->masteryScore.value_or(-99.0), 80.0);
        QCOMPARE(only->files, (QStringList{u"index_lms.html"_s, u"story_content/data.js"_s}));

        const ScormManifest manifest = readData(u"scorm12-multi.xml"_s, &error);
        QVERIFY(!error.isError());
        QCOMPARE(manifest.identifier, u"MANIFEST-HS"_s);
        QCOMPARE(manifest.items.size(), 3);
        const ScormItem &module1 = manifest.items.at(1);
        QCOMPARE(module1.title, u"Module 1: Classification"_s);
        QVERIFY(!module1.isLaunchable());
        QCOMPARE(ids(module1.children), (QStringList{u"M1-L1"_s, u"M1-L2"_s, u"M1-GLOSSARY"_s}));

        const ScormItem *intro = manifest.item(u"INTRO"_s);
        QCOMPARE(intro->scormType, ScormType::Asset);
        QCOMPARE(intro->parameters, u"?lang=fr"_s);

        const ScormItem *lesson = manifest.item(u"M1-L1"_s);
        QCOMPARE(lesson->scormType, ScormType::Sco);
        QCOMPARE(lesson->href, u"sco/lesson 1.html"_s);
        QCOMPARE(lesson->masteryScore.value_or(-99.0), 75.5);
        QCOMPARE(lesson->maxTimeAllowed, u"00:30:00"_s);
        QCOMPARE(lesson->timeLimitAction, u"exit,message"_s);
        QCOMPARE(lesson->dataFromLms, u"mode=review;level=2"_s);
        QCOMPARE(lesson->prerequisites, u"INTRO"_s);
        QVERIFY(!lesson->scaledPassingScore);
        // Its own file, then its dependency's; the web address and the cycle back are dropped.
        QCOMPARE(lesson->files,
                 (QStringList{u"sco/lesson 1.html"_s, u"shared/api.js"_s, u"shared/style.css"_s}));

        QCOMPARE(manifest.item(u"M1-L2"_s)->scormType, ScormType::Sco); // "SCO"
        QCOMPARE(manifest.item(u"M1-L2"_s)->href, u"sco/player.html"_s);
        QVERIFY(!manifest.item(u"M1-GLOSSARY"_s)->isVisible);
        QVERIFY(manifest.item(u"M1-L2"_s)->isVisible);
        QVERIFY(!manifest.item(u"M1-L2"_s)->masteryScore);
        QVERIFY(!manifest.item(u"NOPE"_s));
    }

    void scorm2004ItemData()
    {
        ScormManifestError error;
        const ScormManifest third = readData(u"scorm2004-3rd.xml"_s, &error);
        QVERIFY(!error.isError());
        const ScormItem *first = third.item(u"ROO-1"_s);
        QCOMPARE(first->scormType, ScormType::Sco);
        QCOMPARE(first->href, u"course/content/sco1/index.html"_s);
        QCOMPARE(first->files, (QStringList{u"course/content/sco1/index.html"_s,
                                            u"course/content/sco1/media/video.mp4"_s}));
        QCOMPARE(first->scaledPassingScore.value_or(-99.0),
                 0.8); // the primary objective, not the other one
        QCOMPARE(first->completionThreshold.value_or(-99.0), 0.75);
        QCOMPARE(first->maxTimeAllowed, u"PT45M"_s);
        QCOMPARE(first->timeLimitAction, u"exit,no message"_s);
        QCOMPARE(first->dataFromLms, u"start=1"_s);
        QVERIFY(!first->masteryScore);
        QCOMPARE(first->objectiveIds, (QStringList{u"PRIMARY"_s, u"OTHER"_s}));

        // Shared sequencing by IDRef; its own objectives replace the shared ones.
        const ScormItem *second = third.item(u"ROO-2"_s);
        QVERIFY(!second->scaledPassingScore);
        QCOMPARE(second->objectiveIds, QStringList{u"P2"_s});
        QCOMPARE(second->maxTimeAllowed, u"PT1H"_s);
        const ScormItem *quiz = third.item(u"ROO-3"_s);
        QCOMPARE(quiz->scormType, ScormType::Asset);
        QCOMPARE(quiz->scaledPassingScore.value_or(-99.0), 1.0); // minNormalizedMeasure's default
        QCOMPARE(quiz->maxTimeAllowed, u"PT1H"_s);
        QVERIFY(!quiz->completionThreshold);

        const ScormManifest fourth = readData(u"scorm2004-4th.xml"_s, &error);
        QVERIFY(!error.isError());
        QCOMPARE(fourth.item(u"F-1"_s)->completionThreshold.value_or(-99.0), 0.6);
        QCOMPARE(fourth.item(u"F-1"_s)->timeLimitAction, u"continue,message"_s);
        // Shared data stores, each target once; access defaults to read and write.
        const QList<ScormSharedData> &shared = fourth.item(u"F-1"_s)->sharedData;
        QCOMPARE(shared.size(), 2);
        QCOMPARE(shared.at(0).targetId, u"tariff.notes"_s);
        QVERIFY(shared.at(0).read && !shared.at(0).write);
        QCOMPARE(shared.at(1).targetId, u"tariff.prefs"_s);
        QVERIFY(!shared.at(1).read && shared.at(1).write);
        QVERIFY(fourth.item(u"F-2"_s)->sharedData.isEmpty());
        QVERIFY(!fourth.item(u"F-2"_s)->completionThreshold); // completedByMeasure="false"
        QCOMPARE(fourth.item(u"F-2"_s)->scaledPassingScore.value_or(-99.0), 0.5);
        QCOMPARE(fourth.item(u"F-2"_s)->scormType, ScormType::Sco); // adl:SCORMTYPE
        QCOMPARE(fourth.item(u"F-3"_s)->completionThreshold.value_or(-99.0), 1.0);
        QVERIFY(!fourth.item(u"S-1"_s)); // the other organization
        QVERIFY(!fourth.choiceAllowed);  // controlMode choice="false": taken in order
        QVERIFY(third.choiceAllowed);

        const ScormManifest plain = readData(u"no-namespaces.xml"_s, &error);
        QVERIFY(!error.isError());
        QCOMPARE(plain.item(u"I-1"_s)->scormType, ScormType::Sco);
        QCOMPARE(plain.item(u"I-1"_s)->masteryScore.value_or(-99.0), 60.0);
        QCOMPARE(plain.item(u"I-2"_s)->scormType, ScormType::Asset);

        // Read again by prefixes alone: the undeclared adlcp:scormType is still found.
        const ScormManifest sloppy = readData(u"undeclared-prefix.xml"_s, &error);
        QVERIFY(!error.isError());
        QCOMPARE(sloppy.item(u"I-1"_s)->scormType, ScormType::Sco);

        const ScormManifest guessed = readData(u"no-schemaversion-2004.xml"_s, &error);
        QVERIFY(!error.isError());
        QVERIFY(!guessed.item(u"I-SUB"_s)->isLaunchable()); // refers to the sub-manifest
    }

    void detectsTheVersion_data()
    {
        QTest::addColumn<QString>("schemaVersion");
        QTest::addColumn<ScormVersion>("version");
        QTest::addColumn<int>("edition");
        QTest::newRow("1.2") << u"1.2"_s << ScormVersion::Scorm12 << 0;
        QTest::newRow("CAM 1.3") << u"CAM 1.3"_s << ScormVersion::Scorm2004 << 2;
        QTest::newRow("3rd") << u"2004 3rd Edition"_s << ScormVersion::Scorm2004 << 3;
        QTest::newRow("4th") << u"2004 4th Edition"_s << ScormVersion::Scorm2004 << 4;
        QTest::newRow("4th, sloppy") << u"  2004 4th edition "_s << ScormVersion::Scorm2004 << 4;
        QTest::newRow("none") << QString() << ScormVersion::Scorm12 << 0;
    }

    void detectsTheVersion()
    {
        QFETCH(QString, schemaVersion);
        QFETCH(ScormVersion, version);
        QFETCH(int, edition);
        ScormManifestError error;
        const ScormManifest manifest
            = ScormManifest::parse(versionedManifest(schemaVersion), &error);
        QVERIFY(!error.isError());
        QCOMPARE(manifest.version, version);
        QCOMPARE(manifest.edition, edition);
    }

    void fallsBackToAnOrganizationThatLaunches()
    {
        ScormManifestError error;
        const ScormManifest manifest = ScormManifest::parse(kFallbackOrganization, &error);
        QVERIFY(!error.isError());
        QCOMPARE(manifest.organizationId, u"REAL"_s);
        QCOMPARE(manifest.title, u"Real"_s);
    }

    void playsResourcesWithoutOrganizations_data()
    {
        QTest::addColumn<QString>("organizations");
        QTest::newRow("empty element") << u"<organizations/>"_s;
        QTest::newRow("default names nothing")
            << u"<organizations default=\"GONE\"></organizations>"_s;
        QTest::newRow("no element") << QString();
    }

    void playsResourcesWithoutOrganizations()
    {
        QFETCH(QString, organizations);
        ScormManifestError error;
        const ScormManifest manifest = ScormManifest::parse(resourcesOnly(organizations), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        // Each resource that opens a file, in document order, titled by its identifier.
        QCOMPARE(ids(manifest.items), (QStringList{u"START"_s, u"NOTES"_s}));
        QCOMPARE(ids(manifest.launchableItems()), (QStringList{u"START"_s, u"NOTES"_s}));
        QCOMPARE(manifest.items.at(0).title, u"START"_s);
        QCOMPARE(manifest.items.at(0).scormType, ScormType::Sco);
        QCOMPARE(manifest.items.at(0).files, QStringList{u"start.html"_s});
        QCOMPARE(manifest.items.at(1).launchUrl, u"notes/index.html"_s);
        QCOMPARE(manifest.items.at(1).scormType, ScormType::Asset);
        QVERIFY(manifest.organizationId.isEmpty());
        QCOMPARE(manifest.version, ScormVersion::Scorm12);
    }

    void refusesResourcesWithoutFiles()
    {
        // Without organizations and without any resource that opens a file: nothing to open.
        ScormManifestError error;
        ScormManifest::parse(kNoFileToOpen, &error);
        QCOMPARE(error.code, ScormManifestError::Code::NoLaunchableItem);
        // An organization without items is still an organization: Moodle does not fall back.
        ScormManifest::parse(
            resourcesOnly(u"<organizations><organization identifier=\"O\"/></organizations>"_s),
            &error);
        QCOMPARE(error.code, ScormManifestError::Code::NoLaunchableItem);
    }

    void keepsOnlyAiccScriptPrerequisites_data()
    {
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("prerequisites");
        QTest::newRow("aicc_script")
            << u"<adlcp:prerequisites type=\"aicc_script\"> A </adlcp:prerequisites>"_s << u"A"_s;
        QTest::newRow("no type") << u"<adlcp:prerequisites>A</adlcp:prerequisites>"_s << QString();
        QTest::newRow("other type")
            << u"<adlcp:prerequisites type=\"javascript\">A</adlcp:prerequisites>"_s << QString();
        QTest::newRow("none") << QString() << QString();
    }

    void keepsOnlyAiccScriptPrerequisites()
    {
        QFETCH(QString, element);
        QFETCH(QString, prerequisites);
        ScormManifestError error;
        const ScormManifest manifest = ScormManifest::parse(withPrerequisites(element), &error);
        QVERIFY(!error.isError());
        QCOMPARE(manifest.item(u"B"_s)->prerequisites, prerequisites);
    }

    void appendsParameters_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << u"a.html"_s << QString() << u"a.html"_s;
        QTest::newRow("plain") << u"a.html"_s << u"x=1"_s << u"a.html?x=1"_s;
        QTest::newRow("question mark") << u"a.html"_s << u"?x=1"_s << u"a.html?x=1"_s;
        QTest::newRow("ampersand") << u"a.html"_s << u"&x=1"_s << u"a.html?x=1"_s;
        QTest::newRow("existing query") << u"a.html?y=2"_s << u"?x=1"_s << u"a.html?y=2&x=1"_s;
        QTest::newRow("query ends with &") << u"a.html?y=2&"_s << u"x=1"_s << u"a.html?y=2&x=1"_s;
        QTest::newRow("fragment") << u"a.html"_s << u"#part2"_s << u"a.html#part2"_s;
        QTest::newRow("fragment kept") << u"a.html#top"_s << u"#part2"_s << u"a.html#top"_s;
        QTest::newRow("query before fragment")
            << u"a.html#top"_s << u"x=1"_s << u"a.html?x=1#top"_s;
        QTest::newRow("query and fragment")
            << u"a.html?y=2#top"_s << u"x=1"_s << u"a.html?y=2&x=1#top"_s;
    }

    void appendsParameters()
    {
        QFETCH(QString, url);
        QFETCH(QString, parameters);
        QFETCH(QString, expected);
        QCOMPARE(ScormManifest::appendParameters(url, parameters), expected);
    }

    void readsDurations_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<qint64>("ms"); // -1: not a duration
        QTest::newRow("1.2 half an hour") << u"00:30:00"_s << qint64(1800000);
        QTest::newRow("1.2 four-digit hours") << u"0100:00:01.5"_s << qint64(360001500);
        QTest::newRow("1.2 hundredths") << u"00:00:02.25"_s << qint64(2250);
        QTest::newRow("1.2 bad minutes") << u"00:61:00"_s << qint64(-1);
        QTest::newRow("2004 minutes") << u"PT30M"_s << qint64(1800000);
        QTest::newRow("2004 all parts")
            << u"P1Y1M1DT1H1M1.5S"_s << qint64(((396LL * 24 + 1) * 60 + 1) * 60000 + 61500 - 60000);
        QTest::newRow("2004 seconds") << u" PT2S "_s << qint64(2000);
        QTest::newRow("2004 zero") << u"PT0S"_s << qint64(0);
        QTest::newRow("2004 bare P") << u"P"_s << qint64(-1);
        QTest::newRow("2004 bare T") << u"P1DT"_s << qint64(-1);
        QTest::newRow("words") << u"half an hour"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void readsDurations()
    {
        QFETCH(QString, duration);
        QFETCH(qint64, ms);
        QCOMPARE(ScormManifest::durationMs(duration).value_or(-1), ms);
    }

    void refusesBadManifests_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<ScormManifestError::Code>("code");
        QTest::addColumn<QString>("subject");
        using C = ScormManifestError::Code;
        QTest::newRow("not XML") << u"error-not-xml.xml"_s << QByteArray() << C::NotXml
                                 << QString();
        QTest::newRow("not a manifest")
            << u"error-not-manifest.xml"_s << QByteArray() << C::NotAManifest << QString();
        QTest::newRow("missing resource")
            << u"error-missing-resource.xml"_s << QByteArray() << C::MissingResource << u"R-GONE"_s;
        QTest::newRow("http href") << u"error-href-http.xml"_s << QByteArray() << C::ExternalHref
                                   << u"http://lms.example.org/course/index.html"_s;
        QTest::newRow("dot dot href") << u"error-href-dotdot.xml"_s << QByteArray() << C::UnsafeHref
                                      << u"content/../../other-course/index.html"_s;
        QTest::newRow("missing file")
            << u"no-such-file.xml"_s << QByteArray() << C::Unreadable << QString();
        QTest::newRow("empty") << QString() << QByteArray() << C::NotXml << QString();
        QTest::newRow("nothing to launch")
            << QString() << kNothingToLaunch << C::NoLaunchableItem << QString();
        QTest::newRow("absolute href")
            << QString() << oneItemManifest(u"/etc/passwd"_s) << C::UnsafeHref << u"/etc/passwd"_s;
        QTest::newRow("backslash absolute href")
            << QString() << oneItemManifest(u"\\\\server\\share\\a.html"_s) << C::UnsafeHref
            << u"\\\\server\\share\\a.html"_s;
        QTest::newRow("drive href") << QString() << oneItemManifest(u"C:\\course\\a.html"_s)
                                    << C::UnsafeHref << u"C:\\course\\a.html"_s;
        QTest::newRow("file URL") << QString() << oneItemManifest(u"file:///etc/passwd"_s)
                                  << C::UnsafeHref << u"file:///etc/passwd"_s;
        QTest::newRow("https href") << QString() << oneItemManifest(u"HTTPS://example.org/a.html"_s)
                                    << C::ExternalHref << u"HTTPS://example.org/a.html"_s;
        QTest::newRow("encoded dot dot") << QString() << oneItemManifest(u"%2e%2e/a.html"_s)
                                         << C::UnsafeHref << u"%2e%2e/a.html"_s;
        QTest::newRow("backslash dot dot") << QString() << oneItemManifest(u"a\\..\\..\\b.html"_s)
                                           << C::UnsafeHref << u"a\\..\\..\\b.html"_s;
        QTest::newRow("xml:base climbs out") << QString() << oneItemManifest(u"a.html"_s, u"../"_s)
                                             << C::UnsafeHref << u"../a.html"_s;
        QTest::newRow("xml:base is a web address")
            << QString() << oneItemManifest(u"a.html"_s, u"http://example.org/"_s)
            << C::ExternalHref << u"http://example.org/a.html"_s;
        QTest::newRow("no href") << QString() << oneItemManifest(QString()) << C::MissingResource
                                 << u"R"_s;
        QTest::newRow("too deep") << QString()
                                  << (QByteArray("<manifest>")
                                      + QByteArray("<item>").repeated(1000))
                                  << C::TooLarge << QString();
    }

    void refusesBadManifests()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, xml);
        QFETCH(ScormManifestError::Code, code);
        QFETCH(QString, subject);
        ScormManifestError error;
        const ScormManifest manifest
            = file.isEmpty() ? ScormManifest::parse(xml, &error) : readData(file, &error);
        QCOMPARE(error.code, code);
        if (!subject.isNull())
            QCOMPARE(error.subject, subject);
        QVERIFY(manifest.items.isEmpty());
        const QString message = error.message();
        QVERIFY(message.size() > 20);
        QVERIFY(!message.contains(u"%1"_s));
        if (!subject.isEmpty())
            QVERIFY2(message.contains(subject), qPrintable(message));
    }

    void acceptsHrefsThatStayInside()
    {
        ScormManifestError error;
        const ScormManifest manifest = ScormManifest::parse(
            oneItemManifest(u"./a/../b/./c%20d.html?x=%C3%A9"_s, u"root"_s), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        const ScormItem *item = manifest.item(u"I"_s);
        QCOMPARE(item->href, u"root/b/c d.html"_s);
        QCOMPARE(item->launchUrl, u"root/b/c%20d.html?x=%C3%A9"_s);
    }

    void messagesAreTranslatable()
    {
        using C = ScormManifestError::Code;
        for (const C code :
             {C::Unreadable, C::TooLarge, C::NotXml, C::NotAManifest, C::NoLaunchableItem,
              C::MissingResource, C::ExternalHref, C::UnsafeHref}) {
            const ScormManifestError error{code, u"res/x.html"_s, {}};
            QVERIFY(!error.message().isEmpty());
        }
        QVERIFY(ScormManifestError{}.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScormManifest)
#include "tst_scormmanifest.moc"
