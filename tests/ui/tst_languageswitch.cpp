// Switching language while the application runs changes every visible text at once: after
// choosing Français, then Español, a walk over every widget, menu, header and item of every page
// finds no English left. Also: the choice is remembered, the first start follows the system
// language, and sizes follow the language.

#include "contentschemehandler.h"
#include "coursepage.h"
#include "i18n/languagemanager.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/coursemodel.h"
#include "models/librarymodel.h"
#include "pageviewerpage.h"
#include "pdfviewerpage.h"
#include "settings/settings.h"
#include "testsupport.h"
#include "videoplayerpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDomDocument>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPdfDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

using Texts = QMap<QString, QString>; // where → text

QString stripAccelerator(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    return text;
}

void addText(Texts &texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts.insert(where, stripAccelerator(text));
}

void collectModel(Texts &texts, const QString &where, QAbstractItemModel *model,
                  const QModelIndex &parent = {})
{
    for (int c = 0; c < model->columnCount(parent); ++c) {
        if (!parent.isValid())
            addText(texts, where + u"/header"_s + QString::number(c),
                    model->headerData(c, Qt::Horizontal).toString());
    }
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            const QString at = where + u"/%1.%2"_s.arg(r).arg(c);
            addText(texts, at, index.data(Qt::DisplayRole).toString());
            addText(texts, at + u"/tip"_s, index.data(Qt::ToolTipRole).toString());
            if (c == 0)
                collectModel(texts, at, model, index);
        }
    }
}

void collectActions(Texts &texts, const QString &where, const QList<QAction *> &actions)
{
    for (int i = 0; i < actions.size(); ++i) {
        QAction *action = actions.at(i);
        const QString at = where + u"/action"_s + QString::number(i);
        addText(texts, at, action->text());
        addText(texts, at + u"/tip"_s, action->statusTip());
        if (action->menu()) {
            addText(texts, at + u"/menu"_s, action->menu()->title());
            collectActions(texts, at, action->menu()->actions());
        }
    }
}

Texts collect(QWidget *root)
{
    Texts texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>() << root;
    for (QWidget *w : widgets) {
        // A stable address: the chain of object names and class names up to the root.
        QStringList path;
        for (QObject *o = w; o && o != root->parent(); o = o->parent())
            path.prepend(o->objectName().isEmpty()
                             ? QString::fromLatin1(o->metaObject()->className())
                             : o->objectName());
        QString where = path.join(u'/');
        int n = 0;
        while (texts.contains(where + u"#%1"_s.arg(n))
               || texts.contains(where + u"#%1/tip"_s.arg(n)))
            ++n;
        where += u"#%1"_s.arg(n);
        addText(texts, where + u"/tip"_s, w->toolTip());
        if (w->isWindow())
            addText(texts, where + u"/title"_s, w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            addText(texts, where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            addText(texts, where, button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            addText(texts, where + u"/placeholder"_s, edit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                addText(texts, where + u"/item"_s + QString::number(i), combo->itemText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (!qobject_cast<QHeaderView *>(w) && view->model())
                collectModel(texts, where + u"/model"_s, view->model());
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            collectActions(texts, where, menuBar->actions());
        }
    }
    return texts;
}

// Texts that a translator deliberately kept identical (e.g. "Zoom", "%1 / %2"), from the .ts.
QSet<QString> keptIdentical(const QString &language)
{
    QSet<QString> kept;
    QFile file(QStringLiteral(CLIKC_SOURCE_DIR "/translations/clikc_") + language + u".ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        return kept;
    QDomDocument doc;
    doc.setContent(&file);
    const QDomNodeList messages = doc.elementsByTagName(u"message"_s);
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QString source = m.firstChildElement(u"source"_s).text();
        if (m.firstChildElement(u"translation"_s).text() == source)
            kept.insert(stripAccelerator(source));
    }
    return kept;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    std::unique_ptr<MainWindow> m_window;

    Texts walkAllPages()
    {
        Texts all = collect(m_window.get());
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        m_lib->context().languages().useLanguage(u"en"_s);
        m_window = std::make_unique<MainWindow>(m_lib->context());
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::libraryReady);
        m_window->startLibrary();
        // (Already emitted when the library answered before startLibrary returned.)
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
        QTRY_VERIFY(m_window->libraryPage()->model()->rowCount() == 1);

        // Give every page content: the course, and each kind of activity opened once.
        const qint64 courseId = m_window->libraryPage()->model()->courseAt(0)->id;
        QSignalSpy courseLoaded(m_window->coursePage()->model(), &CourseModel::loaded);
        m_window->showCourse(courseId);
        QTRY_VERIFY_WITH_TIMEOUT(courseLoaded.size() >= 1, 10000);
        const Course course = m_window->coursePage()->model()->course();
        for (const Section &section : course.sections) {
            for (const Activity &activity : section.activities) {
                if (activity.kind == ActivityKind::Page)
                    qobject_cast<PageViewerPage *>(m_window->pageViewer())->openActivity(activity);
                else if (activity.kind == ActivityKind::Pdf)
                    qobject_cast<PdfViewerPage *>(m_window->pdfViewer())->openActivity(activity);
                else if (activity.kind == ActivityKind::Video)
                    qobject_cast<VideoPlayerPage *>(m_window->videoPage())->openActivity(activity);
            }
        }
        QTRY_VERIFY(qobject_cast<PdfViewerPage *>(m_window->pdfViewer())->document()->pageCount()
                    > 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
    }

    void noEnglishLeft_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void noEnglishLeft()
    {
        QFETCH(QString, language);
        m_lib->context().languages().setLanguage(u"en"_s);
        QTRY_COMPARE(m_window->windowTitle(), u"CLiKC! Desktop"_s);
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
        QTest::qWait(200); // let the model reloads and LanguageChange events settle
        const Texts english = walkAllPages();
        QVERIFY(english.size() > 60);

        QAction *action = m_window->findChild<QAction *>(u"language-"_s + language);
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(m_window->menuBar()->actions().first()->text() != u"&File"_s);
        QTest::qWait(200);
        const Texts translated = walkAllPages();

        const QSet<QString> kept
            = keptIdentical(language)
              + QSet<QString>{u"CLiKC! Desktop"_s, u"English"_s, u"Français"_s, u"Español"_s};
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString now = translated.value(it.key());
            if (now == it.value() && hasLetters(now) && !kept.contains(now))
                untranslated.append(it.key() + u": "_s + now);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        QCOMPARE(m_lib->context().settings().language(), language); // remembered
    }

    void firstStartFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French (Canada)") << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("Spanish (Mexico)") << u"es_MX"_s << u"es"_s;
        QTest::newRow("English") << u"en_GB"_s << u"en"_s;
        QTest::newRow("Portuguese falls back to English") << u"pt_BR"_s << u"en"_s;
        QTest::newRow("Arabic falls back to English") << u"ar_EG"_s << u"en"_s;
    }

    void firstStartFollowsTheSystemLanguage()
    {
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::supportedLanguageFor(QLocale(system)), expected);
        test::TestLibrary fresh;
        QVERIFY(fresh.context().settings().language().isEmpty());
        fresh.context().settings().setLanguage(u"es"_s);
        QCOMPARE(fresh.context().languages().initialLanguage(), u"es"_s); // a choice wins
    }

    // Qt's own dialogs and buttons speak the chosen language too (qtbase_*.qm).
    void qtsOwnTextsFollowTheLanguage()
    {
        m_lib->context().languages().setLanguage(u"fr"_s);
        QDialogButtonBox fr(QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        QCOMPARE(stripAccelerator(fr.button(QDialogButtonBox::Cancel)->text()), u"Annuler"_s);
        QCOMPARE(stripAccelerator(fr.button(QDialogButtonBox::Yes)->text()), u"Oui"_s);
        m_lib->context().languages().setLanguage(u"es"_s);
        QDialogButtonBox es(QDialogButtonBox::Cancel);
        QCOMPARE(stripAccelerator(es.button(QDialogButtonBox::Cancel)->text()), u"Cancelar"_s);
        m_lib->context().languages().setLanguage(u"en"_s);
    }

    void sizesFollowTheLanguage()
    {
        m_lib->context().languages().setLanguage(u"fr"_s);
        QTRY_VERIFY(m_window->libraryPage()
                        ->model()
                        ->index(0, LibraryModel::SizeColumn)
                        .data()
                        .toString()
                        .contains(u"ko"_s));
        m_lib->context().languages().setLanguage(u"en"_s);
        QTRY_VERIFY(m_window->libraryPage()
                        ->model()
                        ->index(0, LibraryModel::SizeColumn)
                        .data()
                        .toString()
                        .contains(u"kB"_s));
    }
};

CLIKC_TEST_MAIN_WEBENGINE(TestLanguageSwitch)
#include "tst_languageswitch.moc"
