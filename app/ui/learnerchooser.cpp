#include "learnerchooser.h"

#include "i18n/format.h"
#include "library/accountrecords.h"
#include "settings/workstation.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clikc {

namespace {

constexpr int kColumns = 4;
constexpr int kTileWidth = 230;

// One or two letters for a learner's badge: the first of the first and last words.
QString initialsOf(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return u"?"_s;
    QString initials = words.first().left(1);
    if (words.size() > 1)
        initials += words.last().left(1);
    return initials.toUpper();
}

QIcon badge(const QString &initials, qint64 id, bool add)
{
    // Colours that keep white letters readable (contrast above 4.5:1).
    static const QColor kColours[]
        = {QColor(0x1f, 0x5f, 0x9e), QColor(0x2e, 0x6b, 0x30), QColor(0x8a, 0x3b, 0x12),
           QColor(0x6a, 0x3d, 0x9a), QColor(0x9e, 0x1f, 0x4f), QColor(0x00, 0x6d, 0x77)};
    QPixmap pixmap(128, 128);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(add ? QColor(0x55, 0x55, 0x55) : kColours[std::abs(id) % 6]);
    painter.drawEllipse(4, 4, 120, 120);
    QFont font = painter.font();
    font.setPixelSize(add ? 72 : 48);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 128, 128), Qt::AlignCenter, initials);
    return QIcon(pixmap);
}

} // namespace

LearnerChooser::LearnerChooser(AccountRecords &records, Workstation &workstation, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_workstation(workstation)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_tileArea(new QWidget(this))
    , m_tileGrid(new QGridLayout(m_tileArea))
    , m_addTile(new QToolButton(m_tileArea))
    , m_unlockPanel(new QWidget(this))
    , m_unlockPrompt(new QLabel(m_unlockPanel))
    , m_secret(new QLineEdit(m_unlockPanel))
    , m_unlockButton(new QPushButton(m_unlockPanel))
    , m_cancelButton(new QPushButton(m_unlockPanel))
    , m_unlockMessage(new QLabel(m_unlockPanel))
    , m_settingsButton(new QPushButton(this))
{
    setObjectName(u"learnerChooser"_s);
    m_title->setObjectName(u"chooserTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_note->setObjectName(u"chooserNote"_s);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);

    m_addTile->setObjectName(u"addLearnerTile"_s);
    m_addTile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_addTile->setIcon(badge(u"+"_s, 0, true));
    m_addTile->setIconSize(QSize(72, 72));
    m_addTile->setFixedWidth(kTileWidth);
    m_addTile->setAutoRaise(true);
    connect(m_addTile, &QToolButton::clicked, this, &LearnerChooser::addLearnerRequested);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_tileArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from tile to tile, not to the area around them.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_tileGrid->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_tileGrid->setSpacing(16);

    m_tileArea->setStyleSheet(u"QToolButton[unlocking=\"true\"] { background: palette(midlight); "
                              "border: 2px solid palette(highlight); border-radius: 8px; }"_s);
    m_unlockPanel->setObjectName(u"unlockPanel"_s);
    m_secret->setObjectName(u"secretField"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaxLength(128);
    m_secret->setMinimumWidth(260);
    m_unlockPrompt->setBuddy(m_secret);
    m_unlockPrompt->setWordWrap(true);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_unlockButton->setDefault(true);
    m_cancelButton->setObjectName(u"cancelUnlockButton"_s);
    m_unlockMessage->setObjectName(u"unlockMessage"_s);
    m_unlockMessage->setWordWrap(true);
    m_unlockMessage->setStyleSheet(u"color: #a4000f"_s);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_secret);
    row->addWidget(m_unlockButton);
    row->addWidget(m_cancelButton);
    row->addStretch();
    auto *panelLayout = new QVBoxLayout(m_unlockPanel);
    // Full width, text centred: a wrapped label aligned in its layout is given too little room.
    m_unlockPrompt->setAlignment(Qt::AlignCenter);
    m_unlockMessage->setAlignment(Qt::AlignCenter);
    panelLayout->addWidget(m_unlockPrompt);
    panelLayout->addLayout(row);
    panelLayout->addWidget(m_unlockMessage);
    m_unlockPanel->hide();
    connect(m_unlockButton, &QPushButton::clicked, this, &LearnerChooser::tryUnlock);
    connect(m_secret, &QLineEdit::returnPressed, this, &LearnerChooser::tryUnlock);
    connect(m_cancelButton, &QPushButton::clicked, this, &LearnerChooser::closeUnlock);

    // The centre manager's way in, out of the learners' way.
    m_settingsButton->setObjectName(u"workstationSettingsButton"_s);
    m_settingsButton->setFlat(true);
    connect(m_settingsButton, &QPushButton::clicked, this, &LearnerChooser::settingsRequested);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_settingsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 32, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addSpacing(12);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_unlockPanel);
    layout->addLayout(bottom);
    retranslate();
}

void LearnerChooser::reload()
{
    const int generation = ++m_generation;
    closeUnlock();
    m_records.learners().then(this, [this, generation](const QList<Learner> &learners) {
        if (generation != m_generation)
            return;
        m_learners = learners;
        showTiles();
        Q_EMIT loaded();
    });
}

QToolButton *LearnerChooser::tileFor(qint64 learnerId) const
{
    for (QToolButton *tile : m_tiles) {
        if (tile->property("learnerId").toLongLong() == learnerId)
            return tile;
    }
    return nullptr;
}

void LearnerChooser::showTiles()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    int index = 0;
    for (const Learner &learner : std::as_const(m_learners)) {
        auto *tile = new QToolButton(m_tileArea);
        tile->setObjectName(u"learnerTile-%1"_s.arg(learner.id));
        tile->setProperty("learnerId", learner.id);
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setIcon(badge(initialsOf(learner.name), learner.id, false));
        tile->setIconSize(QSize(72, 72));
        tile->setFixedWidth(kTileWidth);
        tile->setAutoRaise(true);
        tile->setFocusPolicy(Qt::StrongFocus);
        connect(tile, &QToolButton::clicked, this, [this, id = learner.id] { choose(id); });
        m_tileGrid->addWidget(tile, index / kColumns, index % kColumns);
        // Shown now, not when the layout gets to it: the first takes the focus below.
        tile->show();
        m_tiles.append(tile);
        ++index;
    }
    m_tileGrid->addWidget(m_addTile, index / kColumns, index % kColumns);
    // Tab goes through the tiles in the order they are shown, then to Add a learner.
    QWidget *previous = nullptr;
    for (QToolButton *tile : std::as_const(m_tiles)) {
        if (previous)
            setTabOrder(previous, tile);
        previous = tile;
    }
    if (previous)
        setTabOrder(previous, m_addTile);
    retranslate();
    focusFirstTile();
}

void LearnerChooser::focusFirstTile()
{
    // A PIN being typed keeps its field.
    if (m_unlockPanel->isVisible() || m_tiles.isEmpty())
        return;
    m_tiles.first()->setFocus(Qt::OtherFocusReason);
}

void LearnerChooser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusFirstTile();
}

QString LearnerChooser::tileText(const Learner &learner) const
{
    QStringList lines{learner.name};
    lines.append(learner.siteTitle.isEmpty()
                     ? (learner.siteUrl.isEmpty() ? tr("On this computer only")
                                                  : QUrl(learner.siteUrl).host())
                     : learner.siteTitle);
    lines.append(learner.lastUsedAt > 0
                     ? tr("Last used %1")
                           .arg(Format::dateTime(QDateTime::fromSecsSinceEpoch(learner.lastUsedAt)))
                     : tr("Not used yet"));
    if (learner.pendingUploads > 0)
        lines.append(tr("%n action(s) waiting to upload", nullptr, learner.pendingUploads));
    return lines.join(u'\n');
}

QString LearnerChooser::tileDescription(const Learner &learner) const
{
    QStringList parts = tileText(learner).split(u'\n');
    parts.removeFirst();
    parts.append(learner.hasSecret ? tr("Asks for a PIN or passphrase")
                                   : tr("Opens without a PIN"));
    return parts.join(u". "_s);
}

void LearnerChooser::choose(qint64 learnerId)
{
    // The tiles may be older than the library (a PIN set, a language chosen, a learner removed
    // since they were drawn): what opens is read again.
    const int generation = m_generation;
    m_records.learner(learnerId).then(this,
                                      [this, generation](const std::optional<Learner> &learner) {
                                          if (generation != m_generation)
                                              return;
                                          if (!learner) {
                                              reload();
                                              return;
                                          }
                                          if (!learner->hasSecret) {
                                              closeUnlock();
                                              Q_EMIT learnerChosen(*learner);
                                              return;
                                          }
                                          askSecret(*learner);
                                      });
}

void LearnerChooser::markUnlocking()
{
    // Framed while its PIN is asked for, so whose PIN it is is plain to see (a look, not a
    // state: a checkable tile would be read out as a toggle button).
    for (QToolButton *tile : std::as_const(m_tiles)) {
        const bool unlocking
            = m_unlocking != 0 && tile->property("learnerId").toLongLong() == m_unlocking;
        if (tile->property("unlocking").toBool() == unlocking)
            continue;
        tile->setProperty("unlocking", unlocking);
        tile->style()->unpolish(tile);
        tile->style()->polish(tile);
    }
}

void LearnerChooser::askSecret(const Learner &learner)
{
    m_unlocking = learner.id;
    markUnlocking();
    m_lastTry.reset();
    m_secret->clear();
    m_unlockMessage->clear();
    m_unlockPrompt->setText(tr("%1's &PIN or passphrase:").arg(learner.name));
    m_unlockPanel->show();
    m_secret->setFocus();
}

void LearnerChooser::closeUnlock()
{
    m_unlocking = 0;
    markUnlocking();
    m_lastTry.reset();
    m_secret->clear();
    m_unlockMessage->clear();
    m_unlockPanel->hide();
}

void LearnerChooser::tryUnlock()
{
    if (m_unlocking == 0 || !m_unlockButton->isEnabled())
        return;
    const qint64 learnerId = m_unlocking;
    const int generation = m_generation;
    const QString secret = m_secret->text();
    m_secret->clear();
    m_unlockButton->setEnabled(false);
    m_secret->setEnabled(false);
    m_unlockMessage->setText(tr("Checking…"));
    m_records.unlockLearner(learnerId, secret, m_clock())
        .then(this, [this, learnerId, generation](const AccountRecords::Unlock &result) {
            m_unlockButton->setEnabled(true);
            m_secret->setEnabled(true);
            if (generation != m_generation || learnerId != m_unlocking)
                return;
            m_secret->setFocus();
            if (result.outcome == AccountRecords::Unlock::Outcome::Unlocked) {
                closeUnlock();
                Q_EMIT learnerChosen(result.learner);
                return;
            }
            m_lastTry = result;
            showUnlockResult();
        });
}

void LearnerChooser::showUnlockResult()
{
    if (!m_lastTry) {
        m_unlockMessage->clear();
        return;
    }
    const AccountRecords::Unlock &result = *m_lastTry;
    using Outcome = AccountRecords::Unlock::Outcome;
    const int seconds = int(std::ceil(double(result.waitMs) / 1000.0));
    switch (result.outcome) {
    case Outcome::Unlocked:
        m_unlockMessage->clear();
        break;
    case Outcome::Wrong:
        m_unlockMessage->setText(seconds > 0
                                     ? tr("That PIN or passphrase is not right. Wait %n second(s) "
                                          "before trying again.",
                                          nullptr, seconds)
                                     : tr("That PIN or passphrase is not right."));
        break;
    case Outcome::TooSoon:
        m_unlockMessage->setText(
            tr("Too many wrong tries: wait %n second(s) before trying again.", nullptr, seconds));
        break;
    case Outcome::Failed:
        m_unlockMessage->setText(result.error.message());
        break;
    }
    m_unlockMessage->setAccessibleName(m_unlockMessage->text());
}

void LearnerChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LearnerChooser::retranslate()
{
    m_title->setText(tr("Who is studying?"));
    // Where every learner must have a PIN, one without is asked to choose it before opening.
    const bool anyOpen = !m_workstation.pinRequired()
                         && std::any_of(m_learners.cbegin(), m_learners.cend(),
                                        [](const Learner &l) { return !l.hasSecret; });
    m_note->setText(anyOpen ? tr("Learners without a PIN open with their tile: anyone at this "
                                 "computer can open them. To keep your progress to yourself, "
                                 "choose Account › Set a PIN or passphrase.")
                            : QString());
    m_note->setVisible(anyOpen);
    for (QToolButton *tile : std::as_const(m_tiles)) {
        const qint64 id = tile->property("learnerId").toLongLong();
        for (const Learner &learner : std::as_const(m_learners)) {
            if (learner.id != id)
                continue;
            tile->setText(tileText(learner));
            tile->setAccessibleName(learner.name);
            tile->setAccessibleDescription(tileDescription(learner));
            tile->setToolTip(tileDescription(learner));
        }
    }
    m_addTile->setText(tr("Add a learner"));
    m_addTile->setAccessibleName(tr("Add a learner"));
    m_addTile->setVisible(m_workstation.learnersMayAdd());
    m_secret->setAccessibleName(tr("PIN or passphrase"));
    m_unlockButton->setText(tr("&Unlock"));
    m_cancelButton->setText(tr("Cancel"));
    m_settingsButton->setText(tr("&Workstation settings…"));
    if (m_unlocking != 0) {
        for (const Learner &learner : std::as_const(m_learners)) {
            if (learner.id == m_unlocking)
                m_unlockPrompt->setText(tr("%1's &PIN or passphrase:").arg(learner.name));
        }
        showUnlockResult();
    }
}

} // namespace clikc
