#pragma once

#include "accountservice.h"
#include "connector/connector.h"

#include <QFuture>
#include <QObject>

namespace clikc {

class AccountRecords;

// The signed-in site's course catalogue, beyond the learner's own courses: every course the
// account may see, by category or by a search; taking one the account may view into the
// library without enrolling (a coordinator's way to fetch a whole administration's courses),
// and self-enrolment where the course offers it. Lives on the GUI (or main) thread; every call
// is asynchronous and finishes there.
class SiteCatalogue final : public QObject
{
    Q_OBJECT

public:
    SiteCatalogue(AccountService &account, AccountRecords &records, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SiteCatalogue)

    // The most courses one search shows (the site counts them all: Listing::total).
    static constexpr int kSearchPageSize = 100;

    // What became of a take(), selfEnrol() or drop(): the site's error, or this computer's.
    using Result = AccountService::CatalogueReport;

    struct Entry
    {
        CatalogueCourse course;
        bool enrolled = false; // the site lists it among the learner's courses
        bool taken = false;    // taken into the library without enrolment (take())
    };
    struct Listing
    {
        QList<Entry> courses;
        QList<CatalogueCategory> categories; // the site's, in its order
        int total = 0; // that match on the site; more than courses.size() for a long search
        ConnectorError error;
        bool ok() const { return !error.isError(); }
        // What went wrong, for the learner: the site's error, or that the site does not let the
        // account browse its catalogue.
        QString message() const;
    };

    // Every course of `categoryId` (0: all) or, with `search`, the courses that match every
    // word of it (in that category, if one), the learner's own courses included although the
    // site's search leaves them out.
    QFuture<Listing> list(qint64 categoryId, const QString &search = {});
    // Takes a course the account may view into the library without enrolling in it (and from
    // then on each refresh of the learner's courses fetches it with them).
    QFuture<Result> take(qint64 courseId);
    // Enrols the learner through the course's self-enrolment, then fetches the course.
    QFuture<Result> selfEnrol(qint64 courseId);
    // A course taken without enrolment stops being the learner's (its files stay until freed).
    QFuture<Result> drop(qint64 courseId);

    // Whether every word of `search` is in the course's full name, short name or summary.
    static bool matches(const RemoteCourse &course, const QString &search);

private:
    // The course's structure into the library as the learner's; `pick`: recorded as taken
    // without enrolment once it came.
    QFuture<Result> fetchOne(qint64 courseId, bool pick);
    bool usable(ConnectorError *error) const;

    AccountService &m_account;
    AccountRecords &m_records;
};

} // namespace clikc
