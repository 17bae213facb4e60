#include "sitecatalogue.h"

#include "library/accountrecords.h"
#include "util/promise.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace clikc {

namespace {

// The answers a listing waits for, gathered as they come (in any order).
struct Gathering
{
    std::shared_ptr<QPromise<SiteCatalogue::Listing>> promise;
    int waiting = 4;
    QList<RemoteCourse> mine;
    CataloguePage page;
    QList<CatalogueCategory> categories;
    QStringList picks;
    ConnectorError error;
    void fail(const ConnectorError &e)
    {
        if (!error.isError())
            error = e;
    }
};

} // namespace

QString SiteCatalogue::Listing::message() const
{
    if (error.code == ConnectorError::Code::AccessDenied)
        return SiteCatalogue::tr("This site does not let your account browse its catalogue of "
                                 "courses. Your own courses are still in your library.");
    return error.message();
}

SiteCatalogue::SiteCatalogue(AccountService &account, AccountRecords &records, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_records(records)
{}

bool SiteCatalogue::usable(ConnectorError *error) const
{
    if (m_account.state() == AccountService::State::SignedIn && m_account.connector())
        return true;
    *error = {ConnectorError::Code::InvalidToken, {}, {}, {}};
    return false;
}

bool SiteCatalogue::matches(const RemoteCourse &course, const QString &search)
{
    const QStringList words = search.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString text = course.fullName + u' ' + course.shortName + u' ' + course.summary;
    return std::all_of(words.cbegin(), words.cend(), [&text](const QString &word) {
        return text.contains(word, Qt::CaseInsensitive);
    });
}

QFuture<SiteCatalogue::Listing> SiteCatalogue::list(qint64 categoryId, const QString &search)
{
    auto gathering = std::make_shared<Gathering>();
    gathering->promise = startedPromise<Listing>();
    auto future = gathering->promise->future();
    ConnectorError refused;
    if (!usable(&refused)) {
        finish(gathering->promise, Listing{{}, {}, 0, refused});
        return future;
    }
    const QString words = search.simplified();
    const auto done = [gathering, categoryId, words] {
        if (--gathering->waiting > 0)
            return;
        Listing listing;
        listing.error = gathering->error;
        listing.categories = gathering->categories;
        if (!listing.ok()) {
            finish(gathering->promise, listing);
            return;
        }
        QSet<qint64> mine;
        for (const RemoteCourse &course : std::as_const(gathering->mine))
            mine.insert(course.id);
        QSet<QString> picks(gathering->picks.cbegin(), gathering->picks.cend());
        QHash<qint64, QString> categoryNames;
        for (const CatalogueCategory &category : std::as_const(listing.categories))
            categoryNames.insert(category.id, category.name);
        QSet<qint64> listed;
        listing.total = gathering->page.total;
        for (const CatalogueCourse &course : std::as_const(gathering->page.courses)) {
            // A search of the whole site, narrowed here to the category asked for.
            if (!words.isEmpty() && categoryId > 0 && course.categoryId != categoryId) {
                --listing.total;
                continue;
            }
            listed.insert(course.course.id);
            listing.courses.append(Entry{course, mine.contains(course.course.id),
                                         picks.contains(QString::number(course.course.id))});
        }
        // The site's search leaves out the learner's own courses: those that match are added.
        if (!words.isEmpty()) {
            for (const RemoteCourse &course : std::as_const(gathering->mine)) {
                if (listed.contains(course.id) || !matches(course, words)
                    || (categoryId > 0 && course.categoryId != categoryId))
                    continue;
                CatalogueCourse entry;
                entry.course = course;
                entry.categoryId = course.categoryId;
                entry.categoryName = categoryNames.value(course.categoryId);
                listing.courses.append(Entry{entry, true, false});
                ++listing.total;
            }
        }
        listing.total = std::max<int>(listing.total, int(listing.courses.size()));
        finish(gathering->promise, listing);
    };
    Connector &site = *m_account.connector();
    site.courses(m_account.remoteUserId())
        .then(this, [gathering, done](const Outcome<QList<RemoteCourse>> &mine) {
            if (!mine.ok())
                gathering->fail(mine.error);
            gathering->mine = mine.value;
            done();
        });
    site.categories().then(this,
                           [gathering, done](const Outcome<QList<CatalogueCategory>> &categories) {
                               // A site that keeps its categories to itself still lists courses.
                               gathering->categories = categories.value;
                               done();
                           });
    (words.isEmpty() ? site.catalogue(categoryId) : site.searchCatalogue(words, 0, kSearchPageSize))
        .then(this, [gathering, done](const Outcome<CataloguePage> &page) {
            if (!page.ok())
                gathering->fail(page.error);
            gathering->page = page.value;
            done();
        });
    m_records.pickedCourses(m_account.profileId(), m_account.sourceId())
        .then(this, [gathering, done](const QStringList &picks) {
            gathering->picks = picks;
            done();
        });
    return future;
}

QFuture<SiteCatalogue::Result> SiteCatalogue::fetchOne(qint64 courseId, bool pick)
{
    if (!m_account.connector())
        return QtFuture::makeReadyFuture(
            Result{0, {ConnectorError::Code::InvalidToken, {}, {}, {}}, {}});
    // Its names from the catalogue, then its structure: three requests, not a whole refresh
    // (which a coordinator with a hundred courses would wait minutes for on a slow link).
    return m_account.connector()
        ->catalogueCourses({courseId})
        .then(this,
              [this, courseId, pick](const Outcome<CataloguePage> &page) {
                  if (!page.ok())
                      return QtFuture::makeReadyFuture(Result{0, page.error, {}});
                  if (page.value.courses.isEmpty()) {
                      return QtFuture::makeReadyFuture(
                          Result{0, {ConnectorError::Code::NotFound, {}, {}, {}}, {}});
                  }
                  return m_account.fetchCourse(page.value.courses.first().course)
                      .then(this,
                            [this, courseId, pick](const Result &fetched) {
                                // Only a course the account may view: its structure came.
                                if (!fetched.ok() || !pick)
                                    return QtFuture::makeReadyFuture(fetched);
                                return m_records
                                    .pickCourse(m_account.profileId(), m_account.sourceId(),
                                                QString::number(courseId))
                                    .then(this, [](const LibraryError &saved) {
                                        return Result{1, {}, saved};
                                    });
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<SiteCatalogue::Result> SiteCatalogue::take(qint64 courseId)
{
    ConnectorError refused;
    if (!usable(&refused))
        return QtFuture::makeReadyFuture(Result{0, refused, {}});
    return fetchOne(courseId, true);
}

QFuture<SiteCatalogue::Result> SiteCatalogue::selfEnrol(qint64 courseId)
{
    ConnectorError refused;
    if (!usable(&refused))
        return QtFuture::makeReadyFuture(Result{0, refused, {}});
    return m_account.connector()
        ->enrolmentMethods(courseId)
        .then(this,
              [this, courseId](const Outcome<QList<EnrolmentMethod>> &methods) {
                  if (!methods.ok())
                      return QtFuture::makeReadyFuture(Result{0, methods.error, {}});
                  const auto open = std::find_if(
                      methods.value.cbegin(), methods.value.cend(),
                      [](const EnrolmentMethod &m) { return m.type == u"self"_s && m.open; });
                  if (open == methods.value.cend() || !m_account.connector()) {
                      return QtFuture::makeReadyFuture(
                          Result{0, {ConnectorError::Code::EnrolmentRefused, {}, {}, {}}, {}});
                  }
                  return m_account.connector()
                      ->selfEnrol(courseId, open->id)
                      .then(this,
                            [this, courseId](const Outcome<bool> &enrolled) {
                                if (!enrolled.ok())
                                    return QtFuture::makeReadyFuture(Result{0, enrolled.error, {}});
                                return fetchOne(courseId, false);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<SiteCatalogue::Result> SiteCatalogue::drop(qint64 courseId)
{
    if (m_account.sourceId() <= 0)
        return QtFuture::makeReadyFuture(
            Result{0, {ConnectorError::Code::InvalidToken, {}, {}, {}}, {}});
    return m_records
        .unpickCourse(m_account.profileId(), m_account.sourceId(), QString::number(courseId))
        .then(this, [](const LibraryError &error) {
            return Result{0, {}, error};
        });
}

} // namespace clikc
