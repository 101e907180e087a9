// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "core/result.h"
#include "extract/extractor.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;

namespace vt::gui {

/// The extracted fields of one document as an editable form, each with a small mark of the extractor's
/// confidence (tooltip "Confidence 62%"; amber and red for the low ones, blue once the clerk edited it).
/// Fields are named by the extractor's evidence keys: issuer_parent, issuer, reference, issued_date, place,
/// type, summary, addressees, recipients, signer, signer_title, signing_authority, urgency, confidentiality,
/// plus arrival_date (today by default).
class ReviewForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewForm)

public:
    /// Fields below this confidence are marked as low.
    static constexpr double kLowConfidence = 0.7;

    explicit ReviewForm(QWidget *parent = nullptr);

    static QStringList fieldNames();

    /// Fills the form; `edited` names fields the clerk changed before (a draft).
    void setFields(
        const Dispatch &fields, const QHash<QString, extract::FieldEvidence> &evidence, const QStringList &edited = {});
    /// `base` with the form's values; an invalid date fails with a message naming the field.
    Result<Dispatch> fields(Dispatch base) const;

    /// A field's value as text: lists one item a line, dates dd/MM/yyyy, the combo boxes' codes ("KT.", "urgent").
    QString value(const QString &name) const;
    /// Sets a field's value (same forms as value()); counts as an edit.
    void setValue(const QString &name, const QString &text);
    QWidget *editor(const QString &name) const;
    bool isEdited(const QString &name) const;
    QStringList editedFields() const;
    /// The extractor's confidence in a field, or -1 when it did not find it.
    double confidence(const QString &name) const;
    /// The mark's tooltip ("Confidence 62%").
    QString markText(const QString &name) const;

signals:
    void fieldFocused(const QString &name);
    void fieldEdited(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString name;
        QWidget *editor = nullptr;
        QLabel *mark = nullptr;
        double confidence = -1;
        bool edited = false;
        bool invalid = false;
    };

    void addRow(const QString &name, const QString &label, QWidget *editor);
    Row *row(const QString &name);
    const Row *row(const QString &name) const;
    void setText(Row &row, const QString &text);
    void markEdited(const QString &name);
    void updateMark(Row &row);

    QList<Row> m_rows;
    bool m_loading = false;
};

} // namespace vt::gui
