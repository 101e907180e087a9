// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vt::ocrchannel {

/// The empty side of an insertion or deletion ("∅", as score-repair prints a missing token).
inline constexpr char16_t kEmpty = u'\u2205';
/// A space inside a source or OCR string (merged or split words), so fields never hold blanks.
inline constexpr char16_t kSpace = u'\u2423';
/// The row that takes the rest of a source's probability mass: pruned rows, smoothing, and (for two-character
/// sources) the occurrences that were not read as one unit.
inline const QString kOther = QStringLiteral("<other>");

/// One line of resources/repair/ocr-channel.tsv: ln P(ocr | source) for one OCR model.
struct ChannelRow
{
    QString model; ///< "eng" or "vie": the Tesseract language the pages were read with
    QString kind; ///< "char" or "word"
    QString source; ///< lower-case NFC; "∅" for an insertion slot
    QString ocr; ///< lower-case NFC; "∅" for a deletion, "<other>" for the remaining mass
    qint64 count = 0;
    double logprob = 0;
};

/// The learned table, read back. Lookups are by (model, kind, source) then OCR string.
class ChannelTable
{
public:
    /// Error::NotFound when the file is missing, Error::Corrupt on a malformed line (the message names it).
    static Result<ChannelTable> load(const QString &path);
    static Result<void> save(const QString &path, const QList<ChannelRow> &rows, const QStringList &comments);

    const QList<ChannelRow> &rows() const { return m_rows; }
    /// ln P(ocr | source), or nullopt when the pair is not in the table (then the source's "<other>" applies).
    std::optional<double> logprob(
        const QString &model, const QString &kind, const QString &source, const QString &ocr) const;
    /// Rows of one source, most frequent first.
    QList<ChannelRow> rowsFor(const QString &model, const QString &kind, const QString &source) const;

private:
    static QString key(const QString &model, const QString &kind, const QString &source);
    QList<ChannelRow> m_rows;
    QHash<QString, QList<qsizetype>> m_index;
};

} // namespace vt::ocrchannel
