// What a screen reader finds in the main window: every page (library, course, downloads,
// uploads) walked through its accessibility tree in-process, in English, French and Spanish.
// Every interactive element a person can see has a name, can be reached with the keyboard, and
// its name follows the language. (The players are walked by tst_playerkeys.)

#include "contentschemehandler.h"
#include "coursepage.h"
#include "downloadspage.h"
#include "i18n/languagemanager.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/coursemodel.h"
#include "testsupport.h"
#include "uploadspage.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

struct Walk
{
    QMap<QString, QString> names; // element → the name a screen reader reads
    QStringList problems;
};

// Walks the accessibility tree below `node`. The insides of an item view (its rows and cells)
// and of a scroll bar belong to it and are not walked.
void walk(QAccessibleInterface *node, const QString &path, int index, Walk &out)
{
    if (!node || !node->isValid())
        return;
    const QAccessible::State state = node->state();
    if (state.invisible || state.offscreen)
        return;
    QObject *object = node->object();
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && !widget->isVisible())
        return;
    // Named by object name where there is one, else by role, class and place: never by the
    // text, which changes with the language.
    const QString id
        = path + u'/'
          + (object && !object->objectName().isEmpty()
                 ? object->objectName()
                 : QString::number(int(node->role()), 16) + u':'
                       + (object ? QString::fromLatin1(object->metaObject()->className()) : u"-"_s)
                       + u'#' + QString::number(index));
    if (isInteractive(node->role()) && !state.disabled) {
        const QString name = node->text(QAccessible::Name).trimmed();
        if (name.isEmpty())
            out.problems.append(id + u": no accessible name"_s);
        if (widget && widget->focusPolicy() == Qt::NoFocus && node->role() != QAccessible::MenuItem)
            out.problems.append(id + u": not reached with the keyboard"_s);
        out.names.insert(id, name);
    }
    if (qobject_cast<QAbstractItemView *>(object) || qobject_cast<QScrollBar *>(object))
        return;
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), id, i, out);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_courseId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("needs a real X display: run under xvfb-run");
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        m_lib->context().languages().useLanguage(u"en"_s);
        m_window = std::make_unique<MainWindow>(m_lib->context());
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::libraryReady);
        m_window->startLibrary();
        // (Already emitted when the library answered before startLibrary returned.)
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
        m_courseId = m_lib->courseQueries().courses(1).result().first().id;
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
    }

    void everyPageNamedInEveryLanguage()
    {
        QMap<QString, QMap<QString, QString>> names; // language → element → name
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            m_window->findChild<QAction *>(u"language-"_s + language)->trigger();
            QTRY_COMPARE(m_lib->context().languages().language(), language);
            // The retranslation arrives through the event queue: wait for the menu bar's.
            const QString file = QCoreApplication::translate("clikc::MainWindow", "&File");
            QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), file);
            Walk walked;
            const auto visit = [&](const QString &page) {
                QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window.get());
                QVERIFY(root);
                walk(root, page, 0, walked);
            };
            m_window->showLibrary();
            QTRY_VERIFY(m_window->libraryPage()->isVisible());
            // The list, once the library's courses are in it.
            QTRY_VERIFY(m_window->libraryPage()->view()->isVisible()
                        && m_window->libraryPage()->view()->model()->rowCount() > 0);
            visit(u"library"_s);
            QSignalSpy loaded(m_window->coursePage()->model(), &CourseModel::loaded);
            m_window->showCourse(m_courseId);
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
            visit(u"course"_s);
            m_window->showDownloads();
            QTRY_VERIFY(m_window->downloadsPage()->isVisible());
            visit(u"downloads"_s);
            m_window->showUploads();
            QTRY_VERIFY(m_window->uploadsPage()->isVisible());
            visit(u"uploads"_s);
            QVERIFY2(walked.problems.isEmpty(),
                     qPrintable(language + u":\n"_s + walked.problems.join(u'\n')));
            names.insert(language, walked.names);
        }
        const auto onlyIn = [&](const QString &a, const QString &b) {
            QStringList keys;
            for (const QString &key : names[a].keys()) {
                if (!names[b].contains(key))
                    keys.append(a + u": "_s + key + u" = "_s + names[a].value(key));
            }
            return keys.join(u'\n');
        };
        QVERIFY2(names[u"fr"_s].keys() == names[u"en"_s].keys(),
                 qPrintable(onlyIn(u"fr"_s, u"en"_s) + u'\n' + onlyIn(u"en"_s, u"fr"_s)));
        QCOMPARE(names[u"es"_s].keys(), names[u"en"_s].keys());
        QVERIFY2(names[u"en"_s].size() >= 20, qPrintable(QString::number(names[u"en"_s].size())));
        // A name set once in English and never again reads the same in all three languages.
        // Names that are the same everywhere by nature: the brand, and course titles (data).
        QStringList untranslated;
        for (auto it = names[u"en"_s].cbegin(); it != names[u"en"_s].cend(); ++it) {
            if (it.value().contains(u"CLiKC!"_s) && !it.value().contains(u' '))
                continue;
            if (names[u"fr"_s].value(it.key()) == it.value()
                && names[u"es"_s].value(it.key()) == it.value())
                untranslated.append(it.key() + u" = "_s + it.value());
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        m_window->findChild<QAction *>(u"language-en"_s)->trigger();
    }
};

CLIKC_TEST_MAIN_WEBENGINE(TestAccessibility)
#include "tst_accessibility.moc"
