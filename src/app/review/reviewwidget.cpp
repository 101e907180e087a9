// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewwidget.h"

#include "pageview.h"
#include "reviewform.h"
#include "reviewtextview.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

/// `text` with the whole word `word` replaced by `replacement` (first occurrence); unchanged when absent.
QString replaceWholeWord(const QString &text, const QString &word, const QString &replacement)
{
    const QRegularExpression re(u"(?<!\\w)"_s + QRegularExpression::escape(word) + u"(?!\\w)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return text;
    return QString(text).replace(m.capturedStart(), m.capturedLength(), replacement);
}

} // namespace

ReviewWidget::ReviewWidget(store::Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_title(new QLabel), m_banner(new QFrame), m_bannerText(new QLabel),
      m_anyway(new QCheckBox(tr("Register anyway"))), m_message(new QLabel), m_tabs(new QTabBar),
      m_pageView(new PageView), m_text(new ReviewTextView), m_form(new ReviewForm), m_skip(new QPushButton(tr("Skip"))),
      m_draft(new QPushButton(tr("Save as draft"))), m_register(new QPushButton(tr("Register"))),
      m_duplicateTimer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner->setObjectName(u"duplicateBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(u"#duplicateBanner { background: #fff3cd; border: 1px solid #e0b040; }"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_anyway);
    m_banner->hide();

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);

    auto *formPane = new QWidget;
    auto *formPaneLayout = new QVBoxLayout(formPane);
    formPaneLayout->setContentsMargins(0, 0, 0, 0);
    formPaneLayout->addWidget(m_form);
    formPaneLayout->addStretch(1); // rows keep their height when the pane is taller than the form
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(formPane);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_pageView);
    splitter->addWidget(m_text);
    splitter->addWidget(formScroll);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 5);
    splitter->setChildrenCollapsible(false);

    m_register->setDefault(true);
    m_register->setToolTip(tr("Register the documents and give them the next arrival numbers (Ctrl+Enter)"));
    m_draft->setToolTip(tr("Keep the corrections to finish later"));
    m_skip->setToolTip(tr("Leave this file without registering it"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_draft);
    buttons->addWidget(m_register);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // Tab order: the form first (its fields top to bottom), then the buttons; the text and page are for the mouse.
    setTabOrder(m_form, m_register);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReviewWidget::registerFile);
    }

    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(400);
    connect(m_duplicateTimer, &QTimer::timeout, this, [this] {
        if (storeCurrent(false)) // a date half typed is not an error yet
            refreshDuplicates();
    });
    connect(m_register, &QPushButton::clicked, this, &ReviewWidget::registerFile);
    connect(m_draft, &QPushButton::clicked, this, &ReviewWidget::saveDraft);
    connect(m_skip, &QPushButton::clicked, this, &ReviewWidget::skip);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index != m_current && !setCurrentDocument(index)) {
            const QSignalBlocker block(m_tabs);
            m_tabs->setCurrentIndex(m_current);
        }
    });
    connect(m_form, &ReviewForm::fieldFocused, this, &ReviewWidget::onFieldFocused);
    connect(m_form, &ReviewForm::fieldEdited, this, [this](const QString &name) {
        if (name == u"reference" || name == u"issuer" || name == u"issued_date")
            m_duplicateTimer->start(); // the reference check follows what the clerk types
    });
    connect(m_text, &ReviewTextView::wordReplaced, this, &ReviewWidget::onWordReplaced);
}

ReviewWidget::~ReviewWidget() = default;

DraftStore ReviewWidget::drafts() const
{
    return DraftStore(DraftStore::folderFor(m_db.path()));
}

QString ReviewWidget::shaHex() const
{
    return QString::fromLatin1(m_file.source.sha256.toHex());
}

void ReviewWidget::setFile(pipeline::ImportedFile file)
{
    m_file = std::move(file);
    m_registered = false;
    m_current = -1;
    m_documents.clear();
    m_anyway->setChecked(false);
    m_message->hide();
    for (qsizetype i = 0; i < m_file.documents.size(); ++i) {
        DocumentState state;
        state.fields = m_file.documents.at(i).dispatch();
        state.fields.direction = Direction::Incoming;
        state.fields.arrivalDate = QDate::currentDate();
        state.text = documentText(m_file, int(i));
        m_documents.append(state);
    }

    const QString name = QFileInfo(m_file.source.path).fileName();
    const int pages = int(m_file.source.pages.size());
    m_title->setText(name.isEmpty() ? tr("Text without a file") : tr("%1 (%n page(s))", nullptr, pages).arg(name));
    {
        const QSignalBlocker block(m_tabs);
        while (m_tabs->count())
            m_tabs->removeTab(0);
        for (int i = 0; i < documentCount(); ++i) {
            m_tabs->addTab(tr("Document %1/%2").arg(i + 1).arg(documentCount()));
            m_tabs->setTabToolTip(i, m_documents.at(i).fields.summary);
        }
    }
    m_tabs->setVisible(documentCount() > 1);
    for (QPushButton *b : {m_register, m_draft})
        b->setEnabled(documentCount() > 0);
    showPages();
    if (documentCount() > 0)
        showDocument(0);
    refreshDuplicates();

    const DraftStore store = drafts();
    if (!m_file.source.sha256.isEmpty() && store.contains(shaHex())) {
        auto draft = store.load(shaHex());
        if (draft) {
            applyDraft(*draft);
            showMessage(tr("Your draft of %1 was restored.")
                            .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)));
        } else {
            showMessage(draft.error().message, true);
        }
    } else if (!m_file.source.warnings.isEmpty()) {
        showMessage(m_file.source.warnings.join(u'\n'));
    }
}

void ReviewWidget::showPages()
{
    const ingest::SourceFile &source = m_file.source;
    bool rotated = false;
    bool images = false;
    for (const ingest::Page &page : source.pages) {
        rotated = rotated || page.rotation != 0;
        images = images || !page.image.isNull();
    }
    // A PDF is rendered sharp at any zoom; a page the reader turned upright is shown as the reader kept it, so
    // the line boxes (measured on the upright page) fall on their lines.
    if (source.kind == u"pdf" && !rotated && QFileInfo::exists(source.path)) {
        m_pageView->setDocument(source.path);
    } else if (images) {
        QList<QImage> pageImages;
        QList<QSizeF> sizes;
        for (const ingest::Page &page : source.pages) {
            pageImages.append(page.image);
            sizes.append(page.sizePt);
        }
        m_pageView->setPages(pageImages, sizes);
    } else {
        m_pageView->clear(tr("No page image: the document was read from text."));
    }
}

void ReviewWidget::applyDraft(const Draft &draft)
{
    for (const DraftDocument &saved : draft.documents) {
        if (saved.index < 0 || saved.index >= documentCount())
            continue;
        DocumentState &state = m_documents[saved.index];
        state.text = documentText(m_file, saved.index);
        for (const auto &[word, text] : saved.corrections)
            replaceWord(state.text, word, text);
        state.corrections = saved.corrections;
        if (state.text.text != saved.fields.fullText) {
            // The file's text is not what the draft was made from: the draft's text wins, without word marks.
            state.text = DocumentText{saved.fields.fullText, {}, QList<qsizetype>(state.text.lineStarts.size(), -1)};
        }
        state.fields = saved.fields;
        state.fields.direction = Direction::Incoming;
        state.edited = saved.edited;
    }
    if (m_current >= 0)
        showDocument(m_current);
    refreshDuplicates();
}

bool ReviewWidget::storeCurrent(bool report)
{
    if (m_current < 0 || m_current >= documentCount())
        return true;
    DocumentState &state = m_documents[m_current];
    auto fields = m_form->fields(state.fields);
    if (!fields) {
        if (report)
            showMessage(fields.error().message, true);
        return false;
    }
    state.fields = std::move(*fields);
    state.text = m_text->content();
    state.fields.fullText = state.text.text;
    state.edited = m_form->editedFields();
    return true;
}

bool ReviewWidget::setCurrentDocument(int index)
{
    if (index < 0 || index >= documentCount())
        return false;
    if (index == m_current)
        return true;
    if (!storeCurrent())
        return false;
    showDocument(index);
    return true;
}

void ReviewWidget::showDocument(int index)
{
    m_current = index;
    const DocumentState &state = m_documents.at(index);
    m_form->setFields(state.fields, m_file.documents.at(index).extracted.evidence, state.edited);
    m_text->setContent(state.text);
    m_pageView->clearHighlights();
    m_pageView->setPage(m_file.documents.at(index).extracted.firstPage - 1);
    const QSignalBlocker block(m_tabs);
    m_tabs->setCurrentIndex(index);
}

const extract::FieldEvidence *ReviewWidget::evidence(const QString &name) const
{
    if (m_current < 0)
        return nullptr;
    const auto &all = m_file.documents.at(m_current).extracted.evidence;
    for (const QString &key : {name, name == u"reference" ? u"number"_s : QString()}) {
        const auto it = all.constFind(key);
        if (!key.isEmpty() && it != all.constEnd())
            return &*it;
    }
    return nullptr;
}

void ReviewWidget::onFieldFocused(const QString &name)
{
    const extract::FieldEvidence *e = evidence(name);
    if (!e || e->page <= 0) {
        m_pageView->clearHighlights();
        m_text->showSpan(-1, 0, 0);
        return;
    }
    m_pageView->setHighlights(e->page - 1, e->region.isEmpty() ? QList<QRectF>{} : QList<QRectF>{e->region});
    m_text->showSpan(e->line, e->start, e->length);
}

void ReviewWidget::onWordReplaced(int word, const ReviewedWord &before, const QString &replacement)
{
    if (m_current < 0)
        return;
    m_documents[m_current].corrections.append({word, replacement});
    // Fields read from the span the word is in take the correction too, unless the clerk typed them.
    for (const QString &name : ReviewForm::fieldNames()) {
        const extract::FieldEvidence *e = evidence(name);
        if (!e || e->line != before.line || m_form->isEdited(name))
            continue;
        const bool overlaps
            = before.lineOffset < e->start + e->length && e->start < before.lineOffset + before.text.size();
        if (!overlaps)
            continue;
        const QString value = m_form->value(name);
        const QString fixed = replaceWholeWord(value, before.text, replacement);
        if (fixed != value)
            m_form->setValue(name, fixed);
    }
}

Result<QList<Dispatch>> ReviewWidget::dispatches()
{
    if (!storeCurrent())
        return fail(Error::InvalidArgument, message());
    QList<Dispatch> out;
    for (const DocumentState &state : m_documents)
        out.append(state.fields);
    return out;
}

void ReviewWidget::refreshDuplicates()
{
    m_duplicates.clear();
    store::DispatchStore store(m_db);
    QStringList lines;
    const QString name = QFileInfo(m_file.source.path).fileName();
    for (int i = 0; i < documentCount(); ++i) {
        QList<store::StoredFile> files;
        if (i == 0 && !m_file.source.sha256.isEmpty())
            files.append({shaHex(), m_file.source.size, name});
        auto found = store.duplicatesOf(m_documents.at(i).fields, files);
        if (!found) {
            showMessage(found.error().message, true);
            continue;
        }
        for (const store::Duplicate &d : *found) {
            bool seen = false;
            for (const store::Duplicate &o : m_duplicates)
                seen = seen || (o.existingId == d.existingId && o.kind == d.kind);
            if (seen)
                continue;
            m_duplicates.append(d);
            if (d.kind == store::Duplicate::SameFile)
                lines.append(tr("This file is already registered: arrival number %1 (record %2).")
                                 .arg(d.existingArrivalNumber)
                                 .arg(d.existingId));
            else
                lines.append(tr("%1 of %2 is already registered: arrival number %3 (record %4).")
                                 .arg(m_documents.at(i).fields.reference, m_documents.at(i).fields.issuer)
                                 .arg(d.existingArrivalNumber)
                                 .arg(d.existingId));
        }
    }
    if (lines.isEmpty()) {
        m_banner->hide();
        m_bannerText->clear();
        return;
    }
    lines.prepend(tr("Possible duplicate."));
    m_bannerText->setText(lines.join(u'\n'));
    m_banner->show();
}

QString ReviewWidget::duplicateWarning() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QString ReviewWidget::message() const
{
    return m_message->text();
}

void ReviewWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void ReviewWidget::registerFile()
{
    if (m_registered || documentCount() == 0)
        return;
    auto records = dispatches();
    if (!records)
        return;
    refreshDuplicates();
    if (!m_duplicates.isEmpty() && !m_anyway->isChecked()) {
        showMessage(tr("Nothing was registered: check the possible duplicate above, then tick “Register anyway” "
                       "if this is a different document."),
            true);
        return;
    }
    store::AddOptions options;
    if (!m_file.source.path.isEmpty())
        options.attachments = {m_file.source.path};
    options.confirmDuplicates = m_anyway->isChecked();
    store::DispatchStore store(m_db);
    auto results = store.addGroup(*records, options);
    if (!results) {
        showMessage(tr("Nothing was registered: %1").arg(results.error().message), true);
        return;
    }
    QList<qint64> ids;
    QStringList numbers;
    for (const store::AddResult &r : *results) {
        if (r.added) {
            ids.append(r.id);
            numbers.append(u"%1/%2"_s.arg(r.arrivalNumber).arg(r.year));
        }
    }
    if (ids.isEmpty()) { // a duplicate registered meanwhile (another clerk, another process)
        refreshDuplicates();
        showMessage(tr("Nothing was registered: a possible duplicate was registered meanwhile."), true);
        return;
    }
    m_registered = true;
    for (QPushButton *b : {m_register, m_draft})
        b->setEnabled(false);
    if (!m_file.source.sha256.isEmpty()) {
        if (auto removed = drafts().remove(shaHex()); !removed)
            showMessage(removed.error().message, true);
    }
    showMessage(tr("Registered as arrival number %1.").arg(numbers.join(u", "_s)));
    emit registered(ids);
}

void ReviewWidget::saveDraft()
{
    if (documentCount() == 0 || !storeCurrent())
        return;
    if (m_file.source.sha256.isEmpty()) {
        showMessage(tr("Text without a file cannot be kept as a draft; register it or skip it."), true);
        return;
    }
    Draft draft{m_file.source.path, shaHex(), QDateTime::currentDateTimeUtc(), {}};
    for (int i = 0; i < documentCount(); ++i) {
        const DocumentState &state = m_documents.at(i);
        draft.documents.append({m_file.documents.at(i).indexInFile, state.fields, state.edited, state.corrections});
    }
    auto saved = drafts().save(draft);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    showMessage(tr("Draft saved. It is restored when this file is reviewed again."));
    emit draftSaved();
}

void ReviewWidget::skip()
{
    emit skipped();
}

} // namespace vt::gui
