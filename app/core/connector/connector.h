#pragma once

#include "connectorerror.h"
#include "domain/types.h"

#include <QFuture>
#include <QHash>
#include <QMap>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace clikc {

// What a site says about itself and the signed-in learner.
struct SiteInfo
{
    QString siteName;
    QUrl siteUrl;
    qint64 userId = 0;
    QString username;
    QString fullName;
    QString language;
    QString release;
    QStringList functions;
    bool downloadFiles = false;
    bool uploadFiles = false;

    // Of `needed`, those the site does not offer.
    QStringList missing(const QStringList &needed) const;
};

// A course the learner is enrolled in, as the server lists it.
struct RemoteCourse
{
    qint64 id = 0;
    QString shortName;
    QString fullName;
    QString summary;
    QString language;
    qint64 timeModified = 0;
    qint64 lastAccess = 0;
    bool hidden = false;
    qint64 categoryId = 0;
};

// A course of the site's catalogue: any course the account may see, enrolled or not.
struct CatalogueCourse
{
    RemoteCourse course;
    qint64 categoryId = 0;
    QString categoryName;
    QStringList enrolmentMethods; // the course's enrolment plugins: manual, self, guest…

    bool offersSelfEnrolment() const { return enrolmentMethods.contains(QStringLiteral("self")); }
};

// What a catalogue request answered: the courses, and how many match on the site when the
// answer is one page of them (a search).
struct CataloguePage
{
    QList<CatalogueCourse> courses;
    int total = 0;
};

// A category of the site's catalogue (core_course_get_categories).
struct CatalogueCategory
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0: at the top
    int depth = 1;
    int courseCount = 0;
    QString path; // "/1/4": the ids from the top
};

// One way into a course (core_enrol_get_course_enrolment_methods).
struct EnrolmentMethod
{
    qint64 id = 0; // the enrolment instance
    QString type;  // self, guest…
    QString name;
    bool open = false; // the plugin takes enrolments now
};

// One learner action for the server, described so that several can travel in one request.
struct ProgressCall
{
    enum class Kind { CourseView, ActivityView, Completion, ScormTracks };
    Kind kind = Kind::CourseView;
    QString id{};     // the course id (CourseView), the instance id (ActivityView) or the cmid
    QString module{}; // ActivityView: the module as the server named it (page)
    bool completed = false;
    qint64 scoId = 0; // ScormTracks: the server's id of the SCO, the attempt and the values
    int attempt = 0;
    QMap<QString, QString> tracks{};
};

// The protocol-neutral way to a server: sign in, the site, the learner's courses, a course's
// structure with its files, authorised requests for those files, and the progress calls.
// Implementations are asynchronous and live on the thread that created them; their futures
// finish on that thread's event loop, so a caller without one (the command line) must run one.
// Made by ConnectorFactory only.
class Connector : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Connector() override = default;
    Q_DISABLE_COPY_MOVE(Connector)

    // No byte for this long ends a call with a Timeout error.
    virtual void setTimeoutMs(int timeoutMs) = 0;

    virtual QUrl siteUrl() const = 0;
    // Exchanges a username and password for a token; the password is not kept.
    virtual QFuture<Outcome<QString>> signIn(const QString &username, const QString &password) = 0;
    virtual void setToken(const QString &token) = 0;
    virtual bool hasToken() const = 0;
    virtual QString token() const = 0;
    // The site and the learner; fails with MissingFunctions / DownloadsDisabled when the site
    // cannot serve the application.
    virtual QFuture<Outcome<SiteInfo>> siteInfo() = 0;
    virtual QFuture<Outcome<QList<RemoteCourse>>> courses(qint64 userId) = 0;
    // --- The site's catalogue (functions the site may not offer: see SiteInfo::functions).
    // Every course the account may see, or those of one category (categoryId > 0); the site's
    // own front page is never one of them.
    virtual QFuture<Outcome<CataloguePage>> catalogue(qint64 categoryId) = 0;
    // The catalogue's entries for these course ids (those the account may still see).
    virtual QFuture<Outcome<CataloguePage>> catalogueCourses(const QList<qint64> &ids) = 0;
    // The site's search; one page of `perPage` (page from 0) and the total that match.
    virtual QFuture<Outcome<CataloguePage>> searchCatalogue(const QString &text, int page,
                                                            int perPage)
        = 0;
    virtual QFuture<Outcome<QList<CatalogueCategory>>> categories() = 0;
    virtual QFuture<Outcome<QList<EnrolmentMethod>>> enrolmentMethods(qint64 courseId) = 0;
    // Enrols the signed-in user through the course's self-enrolment `instanceId`;
    // EnrolmentRefused with the site's reason when it says no.
    virtual QFuture<Outcome<bool>> selfEnrol(qint64 courseId, qint64 instanceId) = 0;

    // The course's sections, activities and files (remote URLs, sizes, times, checksums).
    virtual QFuture<Outcome<Course>> courseContents(const RemoteCourse &course) = 0;
    // An authorised request for a file of a course's structure.
    virtual QNetworkRequest fileRequest(const FileEntry &file) const = 0;

    // --- Progress. Each succeeds only when the server confirmed it.
    virtual QFuture<Outcome<bool>> viewCourse(const QString &courseId) = 0;
    // `module` and `instanceId` as the server named them (page, 1).
    virtual QFuture<Outcome<bool>> viewActivity(const QString &module, const QString &instanceId)
        = 0;
    // cmid → what the server holds for the learner.
    virtual QFuture<Outcome<QHash<QString, ServerCompletion>>> completionStatus(
        const QString &courseId, qint64 userId)
        = 0;
    virtual QFuture<Outcome<bool>> setManualCompletion(const QString &cmid, bool completed) = 0;
    // A SCORM package's SCOs on the server: (manifest identifier, server id).
    virtual QFuture<Outcome<QList<std::pair<QString, qint64>>>> scormScoes(
        const QString &scormInstanceId)
        = 0;
    virtual QFuture<Outcome<bool>> insertScormTracks(qint64 scoId, int attempt,
                                                     const QMap<QString, QString> &tracks)
        = 0;
    // Several actions in as few requests as the server allows, each answered on its own: one
    // error per call, in order, None where the server confirmed it. A failure of the request as
    // a whole (no connection, the token refused) fails the outcome and none of them ran.
    virtual QFuture<Outcome<QList<ConnectorError>>> sendProgress(const QList<ProgressCall> &calls)
        = 0;

Q_SIGNALS:
    // The server no longer accepts the token: the learner must sign in again.
    void tokenRejected();
};

} // namespace clikc
