#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace clikc {

// Why an imsmanifest.xml was refused. The message is built when asked for, so it follows the
// interface language at the moment it is shown.
struct ScormManifestError
{
    Q_DECLARE_TR_FUNCTIONS(ScormManifestError)

public:
    enum class Code {
        None,
        Unreadable,       // the file cannot be read
        TooLarge,         // over ScormManifest::kMaxBytes, or nested absurdly deep
        NotXml,           // not well-formed XML
        NotAManifest,     // well-formed, but its root is not <manifest>
        NoLaunchableItem, // no organization has an item that opens anything
        MissingResource,  // an item refers to a resource that is not there, or has no href
        ExternalHref,     // an item opens a web address (http:, https:, ftp:)
        UnsafeHref,       // an href that is absolute or climbs out of the package ("..")
    };

    Code code = Code::None;
    QString subject; // the resource or href concerned
    QString detail;  // the parser's words and the line, for the technical details

    bool isError() const { return code != Code::None; }
    QString message() const;
};

enum class ScormVersion { Scorm12, Scorm2004 };
enum class ScormType { Asset, Sco };

// A shared data store the item's SCO may use (adlcp:map in adlcp:data, SCORM 2004 4th edition):
// adl.data.<n> in manifest order.
struct ScormSharedData
{
    QString targetId;
    bool read = true;
    bool write = true;
};

// One <item> of the organization, with what the player needs to launch it.
struct ScormItem
{
    QString identifier; // the stable id the player and progress records use
    QString title;
    QString identifierRef;
    bool isVisible = true;
    QString parameters; // as written; already folded into launchUrl

    // Set when identifierRef names one of the package's resources.
    QString resourceId;
    ScormType scormType = ScormType::Asset;
    // The file to open, relative to the package root: xml:base applied, '/'-separated,
    // percent-decoded, so it names the file as unpacked on disk.
    QString href;
    // The relative URL to open: href percent-encoded, then the href's own query, the item's
    // parameters and the href's fragment.
    QString launchUrl;
    // The resource's <file>s and those of its dependencies, resolved like href; entries that
    // point outside the package are left out.
    QStringList files;

    // SCORM 1.2 adlcp:masteryscore (0–100), handed to the SCO as cmi.student_data.mastery_score.
    std::optional<double> masteryScore;
    // SCORM 2004: the primary objective's imsss:minNormalizedMeasure (-1–1) when it is
    // satisfiedByMeasure; cmi.scaled_passing_score.
    std::optional<double> scaledPassingScore;
    // SCORM 2004 adlcp:completionThreshold (0–1): the element's text (3rd edition) or its
    // minProgressMeasure when completedByMeasure is true (4th edition).
    std::optional<double> completionThreshold;
    // SCORM 2004: the objectiveIDs of the item's primary objective (first, when it has one)
    // and its other objectives; the run-time starts cmi.objectives with them.
    QStringList objectiveIds;
    // 1.2 adlcp:maxtimeallowed ("00:30:00"); 2004 imsss:limitConditions
    // attemptAbsoluteDurationLimit ("PT30M"). As written.
    QString maxTimeAllowed;
    // 1.2 adlcp:timelimitaction / 2004 adlcp:timeLimitAction ("exit,message"…).
    QString timeLimitAction;
    QString dataFromLms; // adlcp:datafromlms / adlcp:dataFromLMS
    // SCORM 1.2 adlcp:prerequisites type="aicc_script", as written (others are ignored, as
    // Moodle ignores them); ScormNavigation evaluates it.
    QString prerequisites;
    QList<ScormSharedData> sharedData;

    QList<ScormItem> children;

    bool isLaunchable() const { return !href.isEmpty(); }
};

// A SCORM package's imsmanifest.xml, read for offline play: SCORM 1.2 and SCORM 2004 2nd, 3rd
// and 4th editions. Elements are matched by local name and namespace; packages that leave out
// the namespaces, use unusual prefixes or forget to declare a prefix are still read. One
// organization is kept: the one <organizations default="…"> names, or (when there is no such
// attribute, or that organization launches nothing) the first that launches something. Other
// organizations and sub-manifests are ignored. A package with no organization at all
// (<organizations/>) is played from its resources, as Moodle plays it: each resource with an
// href is a top-level item named after its identifier.
// Nothing that would need a network is accepted: an href to a web address, an absolute one or
// one that climbs out of the package refuses the whole manifest.
// Only parsing: no disk access but read(). Any thread.
struct ScormManifest
{
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;

    ScormVersion version = ScormVersion::Scorm12;
    // SCORM 2004 edition: 2 ("CAM 1.3"), 3 or 4; 0 for SCORM 1.2. From <schemaversion>, or
    // guessed from the namespaces (and 4th-edition-only markup) when it is missing.
    int edition = 0;
    QString identifier; // the manifest's
    QString organizationId;
    QString title;          // the organization's title
    QList<ScormItem> items; // the organization's top-level items
    // SCORM 2004: false when the organization's controlMode says choice="false" — the learner
    // takes the parts in order and may not pick one from the contents.
    bool choiceAllowed = true;

    // Every item that launches something, in tree (pre-)order, for next/previous: copies
    // without their children.
    QList<ScormItem> launchableItems() const;
    // The item with this identifier anywhere in the tree, or null.
    const ScormItem *item(const QString &itemIdentifier) const;

    static ScormManifest parse(const QByteArray &xml, ScormManifestError *error);
    static ScormManifest read(const QString &path, ScormManifestError *error);

    // Appends an item's `parameters` to a launch URL as the SCORM CAM describes: leading '?'
    // and '&' are dropped; "#frag" is added only when the URL has no fragment; anything else
    // joins the query ('?' or '&') ahead of the URL's fragment.
    static QString appendParameters(const QString &url, const QString &parameters);
    // A SCORM duration in milliseconds: 1.2 CMITimespan ("HHHH:MM:SS.SS") or 2004 ISO 8601
    // ("P1DT2H30M", a year 365 days and a month 30 days, as the run-time counts them);
    // nullopt when it is neither.
    static std::optional<qint64> durationMs(const QString &duration);
};

} // namespace clikc
