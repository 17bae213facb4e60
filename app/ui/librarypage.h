#pragma once

#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace clikc {

class CourseQueries;
class LanguageManager;
class LibraryMaintenance;
class LibraryWorker;
class LibraryModel;

// The Library: every course on this computer with its size, offline state and the learner's
// progress, a search box, and the selected course's details. GUI thread.
class LibraryPage final : public QWidget
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        CourseQueries &courseQueries;
        LanguageManager &languages;
        LibraryWorker &libraryWorker;
        LibraryMaintenance &maintenance;
        qint64 profileId;
        QString sampleMirrorRoot; // the bundled sample, for Restore
    };

    explicit LibraryPage(const Services &services, QWidget *parent = nullptr);
    ~LibraryPage() override;
    Q_DISABLE_COPY_MOVE(LibraryPage)

    LibraryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void selectCourse(qint64 courseId);
    // Signed out, the page says what to do first (sign in, or import from a USB drive).
    void setSignedIn(bool signedIn);
    // Keyboard focus where the learner's next step is: Sign in when signed out, else the list.
    void focusFirstStep();

Q_SIGNALS:
    void courseOpened(qint64 courseId);
    void signInRequested();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // Each figure column as wide as the widest text it can show in this language.
    void sizeColumns();
    void updateDetails();
    void updateEmptyState();
    qint64 currentCourseId() const;
    void removeCurrentCourse();
    void restoreSample();

    Services m_services;
    LibraryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLineEdit *m_search;
    QAction *m_clearSearch;
    QStackedWidget *m_listStack;
    QTreeView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    QLabel *m_stateLabel;
    QPushButton *m_openButton;
    QPushButton *m_removeButton;
    QPushButton *m_restoreButton;
    QFrame *m_gettingStarted;
    QLabel *m_gettingStartedLabel;
    QPushButton *m_signInButton;
    QPushButton *m_importButton;
    bool m_signedIn = false;
};

} // namespace clikc
