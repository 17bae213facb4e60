#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clikc {

GuideDialog::GuideDialog(std::function<QString()> languageOf, QWidget *parent)
    : QDialog(parent)
    , m_languageOf(std::move(languageOf))
    , m_text(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"guideDialog"_s);
    m_text->setObjectName(u"guideText"_s);
    // Nothing in it goes anywhere: no link is followed, no page is fetched.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 640);
    retranslate();
}

QString GuideDialog::guide(const QString &language)
{
    QFile file(u":/guide/coordinators.%1.md"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(u":/guide/coordinators.en.md"_s);
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(file.readAll());
}

void GuideDialog::retranslate()
{
    setWindowTitle(tr("Coordinator's guide"));
    m_text->setAccessibleName(tr("Coordinator's guide"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_text->setMarkdown(guide(m_languageOf()));
}

void GuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace clikc
