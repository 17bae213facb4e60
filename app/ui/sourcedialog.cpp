#include "sourcedialog.h"

#include "i18n/format.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clikc {

SourceDialog::SourceDialog(CourseSources &sources, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_intro(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_chooseButton(new QPushButton(this))
    , m_plainHttp(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"sourceDialog"_s);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"sourceStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setObjectName(u"sourceAddress"_s);
    m_addressLabel->setBuddy(m_address);
    m_plainHttp->setObjectName(u"sourcePlainHttp"_s);
    m_checkButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(u"sourceCheck"_s);
    m_addButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"sourceAdd"_s);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"sourceClose"_s);

    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_chooseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_addressLabel);
    layout->addLayout(addressRow);
    layout->addWidget(m_plainHttp);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_buttons);
    resize(600, 340);

    connect(m_chooseButton, &QPushButton::clicked, this, &SourceDialog::chooseFolder);
    connect(m_checkButton, &QPushButton::clicked, this, &SourceDialog::check);
    connect(m_addButton, &QPushButton::clicked, this, &SourceDialog::add);
    connect(m_closeButton, &QPushButton::clicked, this, &SourceDialog::reject);
    // What was read no longer describes what is typed.
    const auto changed = [this] {
        if (m_step == Step::Checked || m_step == Step::Added) {
            m_step = Step::Typing;
            m_preview.reset();
            m_listing.reset();
        }
        showState();
    };
    connect(m_address, &QLineEdit::textChanged, this, changed);
    connect(m_plainHttp, &QCheckBox::toggled, this, changed);
    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        if (m_checkButton->isEnabled())
            check();
    });
    retranslate();
}

SourceDialog::~SourceDialog() = default;

void SourceDialog::retranslate()
{
    setWindowTitle(tr("Add a course source"));
    m_intro->setText(tr("A CLiKC! mirror on your organisation's network: the address of a web "
                        "server that holds an export (https://… or http://…), or a shared "
                        "folder. Its courses appear in the library and download from there, and "
                        "the site's files it holds are not fetched over the internet."));
    m_addressLabel->setText(tr("&Address or folder:"));
    m_address->setPlaceholderText(tr("https://mirror.example.org/clikc/ or a folder"));
    m_chooseButton->setText(tr("Choose &folder…"));
    m_plainHttp->setText(tr("Allow plain &HTTP (only for a server on your own network)"));
    m_checkButton->setText(tr("Chec&k"));
    m_closeButton->setText(tr("Close"));
    showState();
}

void SourceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SourceDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose the folder that holds the mirror"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_address->setText(folder); });
    dialog->open();
}

void SourceDialog::check()
{
    m_step = Step::Reading;
    m_preview.reset();
    showState();
    m_sources.preview(m_address->text(), m_plainHttp->isChecked())
        .then(this, [this](const CourseSources::Preview &preview) {
            m_preview = preview;
            m_step = preview.mirror.error.isError() ? Step::Typing : Step::Checked;
            showState();
        });
}

void SourceDialog::add()
{
    if (!m_preview || m_step != Step::Checked)
        return;
    m_step = Step::Adding;
    showState();
    m_sources.add(*m_preview).then(this, [this](const MirrorSources::Listing &listing) {
        m_listing = listing;
        m_step = listing.error.isError() ? Step::Typing : Step::Added;
        if (!listing.error.isError())
            Q_EMIT sourceAdded(int(listing.listed.size()));
        showState();
    });
}

void SourceDialog::showState()
{
    const bool busy = m_step == Step::Reading || m_step == Step::Adding;
    m_address->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_plainHttp->setEnabled(!busy);
    m_checkButton->setEnabled(!busy && !m_address->text().trimmed().isEmpty());
    m_addButton->setEnabled(m_step == Step::Checked);
    // Not by Enter when a known name comes with another key.
    const bool warned = m_preview && m_preview->mirror.trust == SignerTrust::KeyChanged;
    m_addButton->setDefault(m_step == Step::Checked && !warned);
    m_checkButton->setDefault(m_step != Step::Checked);

    QStringList lines;
    QString add = tr("A&dd");
    switch (m_step) {
    case Step::Typing:
        if (m_listing && m_listing->error.isError())
            lines << m_listing->error.message();
        else if (m_preview && m_preview->mirror.error.isError())
            lines << m_preview->mirror.error.message();
        break;
    case Step::Reading:
        lines << tr("Reading the mirror…");
        break;
    case Step::Adding:
        lines << tr("Adding its courses to the library…");
        break;
    case Step::Checked: {
        const LibraryMaintenance::MirrorPreview &mirror = m_preview->mirror;
        lines
            << tr("%n course(s), %1.", nullptr, mirror.courses).arg(Format::fileSize(mirror.bytes));
        if (!mirror.signer) {
            lines << tr("This mirror is not signed: where it comes from cannot be checked. Add "
                        "it only if you know who runs it.");
            break;
        }
        const QString who = tr("Signed by %1, fingerprint %2.")
                                .arg(mirror.signer->name, mirror.signer->fingerprint());
        lines << who;
        switch (mirror.trust) {
        case SignerTrust::Trusted:
        case SignerTrust::Unsigned:
            lines << tr("You trust this signer.");
            break;
        case SignerTrust::New:
            lines << tr("You have not trusted this signer before. Check the fingerprint with "
                        "them before you add it.");
            add = tr("&Trust and add");
            break;
        case SignerTrust::KeyChanged:
            lines << tr("Warning: this name was trusted with another key. It may not be them. "
                        "Add it only if they confirm they have a new key.");
            add = tr("Add and &trust the new key");
            break;
        }
        break;
    }
    case Step::Added:
        lines << tr("Added. %n course(s) of this source are in the library; download them there "
                    "(the files come from the source).",
                    nullptr, m_listing ? int(m_listing->listed.size()) : 0);
        for (const MirrorError &error : m_listing->courseErrors)
            lines << error.message();
        break;
    }
    m_addButton->setText(add);
    m_status->setText(lines.join(u'\n'));
}

} // namespace clikc
