// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documenttext.h"
#include "draftstore.h"

#include "pipeline/importer.h"
#include "store/database.h"
#include "store/dispatchstore.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QTabBar;
class QTimer;

namespace vt::gui {

class PageView;
class ReviewForm;
class ReviewTextView;

/// The review of one imported file before it is registered: the page on one side; on the other the repaired
/// text (the repairer's doubtful words marked, a click offers its other readings or a typed correction) and
/// the extracted fields as a form, each with its confidence; focusing a field marks where it came from on the
/// page and in the text. A file holding several documents (a reply and the dispatch it answers) shows them as
/// tabs, registered together. Possible duplicates in the register are shown in a banner, with "Register
/// anyway". Register (Ctrl+Enter) writes the records through the GUI thread's connection (a few ms) with the
/// original file attached; Save as draft keeps the edits in `<db>.drafts/` (restored when the same file is
/// reviewed again); Skip leaves the file alone.
class ReviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWidget)

public:
    explicit ReviewWidget(store::Database &db, QWidget *parent = nullptr);
    ~ReviewWidget() override;

    /// Shows a file the import queue read. A draft of the same file (same SHA-256) is restored.
    void setFile(pipeline::ImportedFile file);
    /// Puts a draft's edits on the file shown (documents matched by index).
    void applyDraft(const Draft &draft);
    const pipeline::ImportedFile &file() const { return m_file; }

    int documentCount() const { return int(m_documents.size()); }
    int currentDocument() const { return m_current; }
    /// Shows another document of the file; false (and a message) when the form holds an invalid value.
    bool setCurrentDocument(int index);

    /// The records as they would be registered now (the form's fields and the corrected text), one per
    /// document; fails naming the field when a value is invalid.
    Result<QList<Dispatch>> dispatches();
    const QList<store::Duplicate> &duplicates() const { return m_duplicates; }
    /// The duplicate banner's text, empty when it is hidden.
    QString duplicateWarning() const;
    /// The last message shown under the banner (saved, registered, an error).
    QString message() const;
    /// Whether the file was registered (the buttons are then disabled).
    bool isRegistered() const { return m_registered; }

    PageView *pageView() const { return m_pageView; }
    ReviewForm *form() const { return m_form; }
    ReviewTextView *textView() const { return m_text; }
    QTabBar *documentTabs() const { return m_tabs; }
    QCheckBox *registerAnyway() const { return m_anyway; }
    QPushButton *registerButton() const { return m_register; }
    DraftStore drafts() const;

public slots:
    void registerFile();
    void saveDraft();
    void skip();

signals:
    void registered(const QList<qint64> &ids);
    void skipped();
    void draftSaved();

private:
    struct DocumentState
    {
        Dispatch fields;
        QStringList edited;
        DocumentText text;
        QList<QPair<int, QString>> corrections;
    };

    bool storeCurrent(bool report = true);
    void showDocument(int index);
    void showPages();
    void refreshDuplicates();
    void showMessage(const QString &text, bool error = false);
    void onFieldFocused(const QString &name);
    void onWordReplaced(int word, const ReviewedWord &before, const QString &replacement);
    QString shaHex() const;
    const extract::FieldEvidence *evidence(const QString &name) const;

    store::Database &m_db;
    pipeline::ImportedFile m_file;
    QList<DocumentState> m_documents;
    int m_current = -1;
    QList<store::Duplicate> m_duplicates;
    bool m_registered = false;

    QLabel *m_title;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QCheckBox *m_anyway;
    QLabel *m_message;
    QTabBar *m_tabs;
    PageView *m_pageView;
    ReviewTextView *m_text;
    ReviewForm *m_form;
    QPushButton *m_skip;
    QPushButton *m_draft;
    QPushButton *m_register;
    QTimer *m_duplicateTimer;
};

} // namespace vt::gui
