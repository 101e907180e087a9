// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "labels.h"
#include "review/pageview.h"

#include "store/search.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QTabWidget>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

enum FieldRow {
    ArrivalRow,
    IssuerRow,
    ReferenceRow,
    IssuedRow,
    TypeRow,
    SummaryRow,
    SignerRow,
    MarksRow,
    HandlingRow,
    CooperatingRow,
    InstructionRow,
    DueRow,
    StatusRow,
    NotesRow,
    FieldRowCount
};

QString fieldName(int row)
{
    switch (row) {
    case ArrivalRow:
        return DetailPane::tr("Arrival");
    case IssuerRow:
        return DetailPane::tr("Issuer");
    case ReferenceRow:
        return DetailPane::tr("Number and notation");
    case IssuedRow:
        return DetailPane::tr("Place and date");
    case TypeRow:
        return DetailPane::tr("Type");
    case SummaryRow:
        return DetailPane::tr("Summary");
    case SignerRow:
        return DetailPane::tr("Signer");
    case MarksRow:
        return DetailPane::tr("Urgency, confidentiality");
    case HandlingRow:
        return DetailPane::tr("Handling");
    case CooperatingRow:
        return DetailPane::tr("Cooperating units");
    case InstructionRow:
        return DetailPane::tr("Instruction");
    case DueRow:
        return DetailPane::tr("Due date");
    case StatusRow:
        return DetailPane::tr("Status");
    case NotesRow:
        return DetailPane::tr("Notes");
    }
    return {};
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept = parts;
    kept.removeAll(QString());
    return kept.join(separator);
}

QString actionText(const QString &action)
{
    if (action == u"create")
        return DetailPane::tr("Registered");
    if (action == u"update")
        return DetailPane::tr("Changed");
    if (action == u"trash")
        return DetailPane::tr("Moved to the trash");
    if (action == u"restore")
        return DetailPane::tr("Restored");
    if (action == u"purge")
        return DetailPane::tr("Deleted for good");
    return action;
}

} // namespace

DetailPane::DetailPane(store::Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto *formHost = new QWidget(this);
    m_form = new QFormLayout(formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int row = 0; row < FieldRowCount; ++row) {
        auto *value = new QLabel(formHost);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(fieldName(row), value);
        m_values.append(value);
    }
    m_citations = new QLabel(formHost);
    m_citations->setWordWrap(true);
    m_citations->setTextFormat(Qt::RichText);
    m_citations->setObjectName(u"citations"_s);
    connect(m_citations, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"record:"))
            emit citationActivated(link.mid(7).toLongLong());
    });
    m_form->addRow(tr("Cites"), m_citations);
    m_snippet = new QLabel(formHost);
    m_snippet->setWordWrap(true);
    m_snippet->setTextFormat(Qt::RichText);
    m_form->addRow(tr("Excerpt"), m_snippet);
    m_form->setRowVisible(m_snippet, false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formHost);

    m_history = new QTreeWidget(this);
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setStretchLastSection(true);
    m_history->header()->resizeSection(0, m_history->fontMetrics().horizontalAdvance(u"00/00/0000 00:00"_s) + 16);

    auto *recordTab = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(recordTab);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(m_title);
    recordLayout->addWidget(scroll, 3);
    recordLayout->addWidget(new QLabel(tr("History"), recordTab));
    recordLayout->addWidget(m_history, 1);

    m_original = new PageView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(recordTab, tr("Record"));
    m_tabs->addTab(m_original, tr("Original"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailPane::showOriginal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    showRecord(0);
}

void DetailPane::setField(int row, const QString &text)
{
    m_values.at(row)->setText(text);
}

void DetailPane::showRecord(qint64 id)
{
    m_id = id;
    m_history->clear();
    showOriginal();
    if (id == 0) {
        m_title->setText(tr("No record selected"));
        for (QLabel *v : std::as_const(m_values))
            v->clear();
        m_citations->clear();
        m_snippet->clear();
        m_form->setRowVisible(m_snippet, false);
        return;
    }
    auto record = store::DispatchStore(m_db).get(id);
    if (!record) {
        m_title->setText(tr("The record could not be read: %1").arg(record.error().message));
        return;
    }
    const Dispatch &d = *record;
    m_title->setText(d.direction == Direction::Incoming
            ? tr("Incoming no. %1 of %2").arg(d.arrivalNumber).arg(labels::date(d.arrivalDate))
            : tr("Outgoing no. %1 of %2").arg(d.arrivalNumber).arg(labels::date(d.arrivalDate)));
    setField(ArrivalRow, labels::date(d.arrivalDate));
    setField(IssuerRow, joinNonEmpty({d.issuerParent, d.issuer}, u" – "_s));
    setField(ReferenceRow, d.reference);
    setField(IssuedRow, joinNonEmpty({d.place, labels::date(d.issuedDate)}, u", "_s));
    setField(TypeRow, d.type);
    setField(SummaryRow, d.summary);
    // The title as printed usually starts with the authority ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); say it once.
    const QString authority = toCode(d.signingAuthority);
    const bool titleSaysIt = !authority.isEmpty() && d.signerTitle.startsWith(authority, Qt::CaseInsensitive);
    setField(SignerRow, joinNonEmpty({titleSaysIt ? QString() : authority, d.signerTitle, d.signer}, u" "_s));
    setField(MarksRow, joinNonEmpty({labels::urgency(d.urgency), labels::confidentiality(d.confidentiality)}, u", "_s));
    setField(HandlingRow, joinNonEmpty({d.handlingUnit, d.handlingPerson}, u" – "_s));
    setField(CooperatingRow, d.cooperatingUnits.join(u"; "_s));
    setField(InstructionRow, d.instruction);
    setField(DueRow, labels::date(d.dueDate));
    setField(StatusRow, labels::status(d.status));
    setField(NotesRow, d.notes);
    showCitations(d.citations);
    showSnippet(id);
    showHistory(id);
}

void DetailPane::showOriginal()
{
    // Only the tab in view is filled: scrolling through the register reads no files.
    if (m_tabs->currentWidget() != m_original || m_originalShown == m_id)
        return;
    m_originalShown = m_id;
    if (m_id == 0) {
        m_original->clear(tr("No record selected"));
        return;
    }
    store::DispatchStore store(m_db);
    auto files = store.attachments(m_id);
    if (!files) {
        m_original->clear(tr("The original could not be listed: %1").arg(files.error().message));
        return;
    }
    if (files->isEmpty()) {
        m_original->clear(tr("No original file is stored with this record."));
        return;
    }
    const store::Attachment file = files->first();
    const QString path = store.attachmentStore().pathOf(file.sha256);
    if (!QFileInfo::exists(path)) {
        m_original->clear(
            tr("The original %1 is missing from the attachments folder; run “vanthu-cli check”.").arg(file.fileName));
        return;
    }
    m_original->setDocument(path); // a PDF or a scan, opened and rendered on the view's thread
}

void DetailPane::showCitations(const QList<Citation> &citations)
{
    QStringList lines;
    for (const Citation &c : citations) {
        QString text = joinNonEmpty({c.type, c.reference}, u" "_s);
        if (c.date.isValid())
            text += u" "_s + tr("of %1").arg(labels::date(c.date));
        if (!c.issuer.isEmpty())
            text += u", "_s + c.issuer;
        text = text.toHtmlEscaped();
        lines.append(c.targetId ? u"<a href=\"record:%1\">%2</a>"_s.arg(c.targetId).arg(text) : text);
    }
    m_citations->setText(lines.isEmpty() ? tr("none") : lines.join(u"<br>"_s));
}

void DetailPane::setSearchText(const QString &text)
{
    m_searchText = text.trimmed().isEmpty() ? QString() : text;
}

void DetailPane::showSnippet(qint64 id)
{
    m_snippet->clear();
    m_form->setRowVisible(m_snippet, !m_searchText.isEmpty());
    if (m_searchText.isEmpty())
        return;
    auto hit = store::Searcher(m_db).hitFor(id, m_searchText, true);
    if (!hit) {
        m_snippet->setText(tr("The excerpt could not be read: %1").arg(hit.error().message).toHtmlEscaped());
        return;
    }
    QString html;
    int at = 0;
    for (const auto &[start, length] : hit->highlights) {
        html += hit->snippet.mid(at, start - at).toHtmlEscaped();
        html += u"<span style=\"background-color:#fde68a\">"_s + hit->snippet.mid(start, length).toHtmlEscaped()
            + u"</span>"_s;
        at = start + length;
    }
    html += hit->snippet.mid(at).toHtmlEscaped();
    if (!hit->exact)
        html += u"<br><i>"_s + tr("matches only with diacritics ignored").toHtmlEscaped() + u"</i>"_s;
    m_snippet->setText(html);
}

QString DetailPane::snippetText() const
{
    return m_snippet->text();
}

QString DetailPane::citationsText() const
{
    return m_citations->text();
}

void DetailPane::showHistory(qint64 id)
{
    auto history = store::DispatchStore(m_db).history(id);
    if (!history) {
        new QTreeWidgetItem(
            m_history, {QString(), tr("The history could not be read: %1").arg(history.error().message)});
        return;
    }
    for (const store::AuditEntry &e : *history) {
        QString details;
        if (!e.field.isEmpty())
            details = tr("%1: %2 → %3").arg(e.field, e.oldValue, e.newValue);
        new QTreeWidgetItem(
            m_history, {e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s), actionText(e.action), details});
    }
}

} // namespace vt::gui
